@NullMarked
package nl.kansrijkestart.mdo.meetings.ui;

import org.jspecify.annotations.NullMarked;
