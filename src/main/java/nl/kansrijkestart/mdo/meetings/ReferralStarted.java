package nl.kansrijkestart.mdo.meetings;

import java.time.LocalDate;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.cases.BirthPhase;
import nl.kansrijkestart.mdo.offer.OfferKind;

/**
 * A referral's support started; published in the transaction of the change, without the case number,
 * so the indicators store an anonymous fact. {@code firstOfKind}: the case's first start of this kind
 * (indicator 8 counts families, not repeated referrals). {@code firstLocalTeamSupport}: the case's first
 * start of support by the social team or CJG (indicator 12).
 */
public record ReferralStarted(LocalDate startedOn, String municipalityCode, CaseType caseType, OfferKind kind,
        BirthPhase phase, int daysSinceRegistration, boolean firstOfKind, boolean firstLocalTeamSupport) {}
