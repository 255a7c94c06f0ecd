package nl.kansrijkestart.mdo.cases;

import org.jspecify.annotations.Nullable;

/**
 * What indicators 10 and 12 may know of one discussion of a case: the case's counting token for
 * the year, its type and municipality, whether a case director from the social domain was active
 * that day, and — only for the case's first discussion — the whole days since its registration.
 */
public record DiscussionFacts(String token, CaseType type, String municipalityCode, boolean socialCaseDirector,
        @Nullable Integer daysSinceRegistration) {

    public boolean firstDiscussion() {
        return daysSinceRegistration != null;
    }
}
