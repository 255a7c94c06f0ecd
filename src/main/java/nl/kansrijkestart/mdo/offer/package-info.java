/**
 * The local offer (sociale kaart): interventions and services a meeting can refer a parent to, the
 * risk factors each addresses and the municipalities where it is offered, from and until when.
 * Everyone signed in reads it; only ADMIN changes it, and every change is in the access log. Holds
 * no case data: the referrals of a case live with the meeting outcomes.
 */
@NullMarked
@ApplicationModule(displayName = "Local offer", allowedDependencies = {
        "shared",
        "shared :: *",
        "reference",
        "cases"})
package nl.kansrijkestart.mdo.offer;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
