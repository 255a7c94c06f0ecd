@NullMarked
package nl.kansrijkestart.mdo.offer.internal;

import org.jspecify.annotations.NullMarked;
