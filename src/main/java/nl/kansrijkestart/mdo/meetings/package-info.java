/**
 * Meetings (MDO Kwetsbaar Zwanger, POP-overleg, wijknetwerk MDO, Doorbraakteam): planning by the
 * chair, invitations, and the agenda of submitted cases. Case content is never stored here: the
 * agenda refers to cases by number and asks the cases module what each participant may see.
 */
@NullMarked
@ApplicationModule(displayName = "Meetings", allowedDependencies = {
        "shared",
        "shared :: *",
        "identity",
        "reference",
        "cases",
        "cases :: meeting-access",
        "offer"})
package nl.kansrijkestart.mdo.meetings;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
