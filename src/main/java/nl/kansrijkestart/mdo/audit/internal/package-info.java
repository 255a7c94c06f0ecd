@NullMarked
package nl.kansrijkestart.mdo.audit.internal;

import org.jspecify.annotations.NullMarked;
