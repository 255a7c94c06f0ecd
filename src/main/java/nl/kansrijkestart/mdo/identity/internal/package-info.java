@NullMarked
package nl.kansrijkestart.mdo.identity.internal;

import org.jspecify.annotations.NullMarked;
