package nl.kansrijkestart.mdo.meetings;

import java.time.LocalDate;
import nl.kansrijkestart.mdo.offer.OfferKind;
import org.jspecify.annotations.Nullable;

/**
 * A referral of a case to a service of the local offer. {@code agendaItemId} is the meeting outcome
 * it was recorded in, or {@code null} when the care team added it afterwards. {@code flagged}: still
 * open {@code mdo.referrals.flag-after} after it was advised.
 */
public record Referral(long id, long version, String caseNumber, @Nullable Long agendaItemId, long offerId,
        String offerName, OfferKind offerKind, long referrerUserId, String referrerName, ReferralStatus status,
        LocalDate advisedOn, @Nullable LocalDate referredOn, @Nullable LocalDate startedOn, @Nullable LocalDate endedOn,
        @Nullable LocalDate declinedOn, @Nullable String declinedReason, boolean flagged) {}
