package nl.kansrijkestart.mdo.meetings;

import java.time.LocalDate;
import java.util.List;
import nl.kansrijkestart.mdo.cases.meetingaccess.ReferralCase;
import nl.kansrijkestart.mdo.offer.OfferSummary;

/**
 * What a referral can be made to on {@code day}: the services offered in the case's municipality,
 * those addressing more of the case's risk factors first ({@code suggested} of them address at least
 * one), and the care team, one of whom refers.
 */
public record ReferralOptions(LocalDate day, List<OfferSummary> offers, int suggested,
        List<ReferralCase.Member> referrers) {

    public ReferralOptions {
        offers = List.copyOf(offers);
        referrers = List.copyOf(referrers);
    }
}
