/**
 * Cases (casussen): a pregnant woman or a family, with consent, risk and protective factors, a
 * named contact person and a care team. Every read and change is checked against the care team
 * and the consent, and logged.
 */
@NullMarked
@ApplicationModule(displayName = "Cases")
package nl.kansrijkestart.mdo.cases;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
