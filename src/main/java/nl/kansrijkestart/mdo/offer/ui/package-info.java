@NullMarked
package nl.kansrijkestart.mdo.offer.ui;

import org.jspecify.annotations.NullMarked;
