package nl.kansrijkestart.mdo.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kansrijkestart.mdo.identity.Discipline;
import org.jspecify.annotations.Nullable;

/** Everything the case page shows, as one consistent snapshot with the version it was read at. */
public record CaseDetails(
        String caseNumber,
        long version,
        CaseType type,
        boolean anonymous,
        boolean erased,
        @Nullable String initials,
        @Nullable Integer parentBirthYear,
        @Nullable LocalDate expectedDueDate,
        @Nullable LocalDate youngestChildBirthDate,
        String municipalityCode,
        @Nullable String postcodeArea,
        @Nullable String question,
        CaseStatus status,
        Set<Factor> factors,
        ConsentState consentState,
        List<Consent> consents,
        List<TeamMember> careTeam,
        List<Assignment> contactHistory,
        List<TimelineEntry> timeline,
        List<Assessment> assessments,
        List<NetworkMember> network,
        @Nullable TrustedProfessional trustedProfessional,
        Instant lastChangedAt,
        String lastChangedBy) {

    public boolean urgent() {
        return factors.stream().anyMatch(factor -> factor.kind() == Factor.Kind.URGENT);
    }

    public @Nullable Assignment contactPerson() {
        return contactHistory.stream()
                .filter(a -> a.role() == Assignment.Role.CONTACT_PERSON && a.until() == null)
                .findFirst().orElse(null);
    }

    public @Nullable Assignment caseDirector() {
        return contactHistory.stream()
                .filter(a -> a.role() == Assignment.Role.CASE_DIRECTOR && a.until() == null)
                .findFirst().orElse(null);
    }

    public record Consent(long id, LegalBasis basis, LocalDate givenOn, @Nullable ConsentForm form,
            @Nullable ConsentGiver givenBy, boolean discussInMeeting, boolean parentsAttend,
            boolean contactOtherProfessionals, Set<Discipline> sharedDisciplines, @Nullable LocalDate validUntil,
            @Nullable String justification, String recordedBy, Instant recordedAt, @Nullable LocalDate withdrawnOn,
            @Nullable String withdrawnBy, boolean activeToday) {}

    public record TeamMember(long userId, String name, Discipline discipline, String organisation,
            Instant addedAt, boolean contactPerson) {}

    public record Assignment(Role role, long userId, String name, Discipline discipline, Instant from,
            @Nullable Instant until) {

        public enum Role { CONTACT_PERSON, CASE_DIRECTOR }
    }

    public record TimelineEntry(Instant at, String actor, String messageKey, List<String> arguments) {}

    /**
     * An instrument result, never changed once recorded. A correction is a new result with
     * {@code supersedesId} and a reason; the result it replaces carries {@code replacedById}.
     */
    public record Assessment(long id, long instrumentVersionId, String instrumentCode, String instrumentName,
            String versionLabel, boolean validated, LocalDate administeredOn, Respondent respondent,
            String administeredBy, Map<String, Integer> domainValues, @Nullable Integer total,
            ReportedRiskLevel reportedRiskLevel, @Nullable String suggestedCarePathway, boolean discussedWithClient,
            @Nullable Long supersedesId, @Nullable String correctionReason, @Nullable Long replacedById,
            Instant recordedAt, String recordedBy) {

        public boolean replaced() {
            return replacedById != null;
        }
    }

    /** Someone on the network map: initials and relation for an informal member, else name and organisation. */
    public record NetworkMember(long id, NetworkMemberKind kind, @Nullable String initials,
            @Nullable NetworkRelation relation, @Nullable String name, @Nullable String organisation,
            @Nullable Discipline discipline, Instant addedAt, String addedBy, boolean trusted) {}
}
