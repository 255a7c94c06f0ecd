/** Application shell, main layout, error views and small shared UI components. */
@NullMarked
@NamedInterface("ui")
package nl.kansrijkestart.mdo.shared.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
