@NullMarked
package nl.kansrijkestart.mdo.cases.internal;

import org.jspecify.annotations.NullMarked;
