@NullMarked
package nl.kansrijkestart.mdo.identity.ui;

import org.jspecify.annotations.NullMarked;
