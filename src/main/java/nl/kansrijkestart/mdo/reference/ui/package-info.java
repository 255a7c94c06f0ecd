@NullMarked
package nl.kansrijkestart.mdo.reference.ui;

import org.jspecify.annotations.NullMarked;
