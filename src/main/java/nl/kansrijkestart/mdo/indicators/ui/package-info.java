@NullMarked
package nl.kansrijkestart.mdo.indicators.ui;

import org.jspecify.annotations.NullMarked;
