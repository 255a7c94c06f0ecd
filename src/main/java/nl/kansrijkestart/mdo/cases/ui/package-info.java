@NullMarked
package nl.kansrijkestart.mdo.cases.ui;

import org.jspecify.annotations.NullMarked;
