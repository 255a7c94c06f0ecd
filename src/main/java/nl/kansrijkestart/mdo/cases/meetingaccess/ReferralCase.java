package nl.kansrijkestart.mdo.cases.meetingaccess;

import java.util.List;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.cases.Factor;
import nl.kansrijkestart.mdo.identity.Discipline;
import org.jspecify.annotations.Nullable;

/**
 * What a referral needs to know of its case: where the parent lives (the offer available there),
 * the risk factors (to list fitting services first), the care team (who may refer) and the contact
 * person (who follows it up). No initials or dates.
 */
public record ReferralCase(String caseNumber, CaseType type, boolean anonymous, boolean erased,
        String municipalityCode, Set<Factor> factors, List<Member> careTeam, @Nullable Long contactPersonId,
        @Nullable String contactPersonName) {

    public ReferralCase {
        factors = Set.copyOf(factors);
        careTeam = List.copyOf(careTeam);
    }

    public record Member(long userId, String name, Discipline discipline) {}
}
