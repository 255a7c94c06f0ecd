@NullMarked
package nl.kansrijkestart.mdo.audit.ui;

import org.jspecify.annotations.NullMarked;
