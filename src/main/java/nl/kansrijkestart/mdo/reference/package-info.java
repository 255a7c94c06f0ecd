/**
 * Reference data: municipalities (CBS code), regions that group them (nestable), and the catalogue
 * of signalling instruments. Everyone signed in may read it; only ADMIN changes it.
 */
@NullMarked
@ApplicationModule(displayName = "Reference data")
package nl.kansrijkestart.mdo.reference;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
