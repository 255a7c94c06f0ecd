@NullMarked
package nl.kansrijkestart.mdo.indicators.internal;

import org.jspecify.annotations.NullMarked;
