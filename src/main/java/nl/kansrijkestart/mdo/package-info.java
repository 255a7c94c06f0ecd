@NullMarked
package nl.kansrijkestart.mdo;

import org.jspecify.annotations.NullMarked;
