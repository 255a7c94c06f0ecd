/** Translations (Dutch default, English) and the per-user language preference. */
@NullMarked
@NamedInterface("i18n")
package nl.kansrijkestart.mdo.shared.i18n;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
