@NullMarked
package nl.kansrijkestart.mdo.reference.internal;

import org.jspecify.annotations.NullMarked;
