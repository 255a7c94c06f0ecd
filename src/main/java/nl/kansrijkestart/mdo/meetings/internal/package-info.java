@NullMarked
package nl.kansrijkestart.mdo.meetings.internal;

import org.jspecify.annotations.NullMarked;
