package nl.kansrijkestart.mdo.cases.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseListItem;
import nl.kansrijkestart.mdo.cases.TrustedProfessional;

/** Entity to API records; the only place that knows both shapes. */
public final class CaseMapper {

    private CaseMapper() {}

    public static CaseDetails details(CaseFile c, LocalDate today) {
        return new CaseDetails(c.getCaseNumber(), c.getVersion(), c.getType(), c.isAnonymous(), c.isErased(),
                c.getInitials(), c.getParentBirthYear(), c.getExpectedDueDate(), c.getYoungestChildBirthDate(),
                c.getMunicipalityCode(), c.getPostcodeArea(), c.getQuestion(), c.getStatus(), c.getFactors(),
                Consents.stateOn(c, today),
                c.getConsents().stream().map(consent -> consent(consent, today)).toList(),
                c.getCareTeam().stream().filter(CareTeamMember::isActive)
                        .map(m -> new CaseDetails.TeamMember(m.getUserId(), m.getName(), m.getDiscipline(),
                                m.getOrganisation(), m.getAddedAt(), isContactPerson(c, m.getUserId())))
                        .toList(),
                c.getContacts().stream()
                        .sorted(Comparator.comparing(ContactAssignment::getFromTime).reversed())
                        .map(a -> new CaseDetails.Assignment(a.getRole(), a.getUserId(), a.getName(),
                                a.getDiscipline(), a.getFromTime(), a.getUntilTime()))
                        .toList(),
                c.getEvents().stream()
                        .sorted(Comparator.comparing(CaseEvent::getAt).reversed())
                        .map(e -> new CaseDetails.TimelineEntry(e.getAt(), e.getActor(), e.getMessageKey(),
                                e.getArguments()))
                        .toList(),
                assessments(c), network(c), c.getTrustedProfessional(),
                c.getLastChangedAt(), c.getLastChangedBy());
    }

    public static CaseListItem listItem(CaseFile c, LocalDate today) {
        String contact = c.getContacts().stream()
                .filter(a -> a.isCurrent() && a.getRole() == CaseDetails.Assignment.Role.CONTACT_PERSON)
                .map(ContactAssignment::getName).findFirst().orElse("");
        return new CaseListItem(c.getCaseNumber(), c.getType(), c.isAnonymous(), c.getInitials(),
                c.getMunicipalityCode(), c.getStatus(), c.isUrgent(), Consents.stateOn(c, today), contact,
                c.getLastChangedAt());
    }

    private static CaseDetails.Consent consent(ConsentRecord r, LocalDate today) {
        return new CaseDetails.Consent(r.requireId(), r.getBasis(), r.getGivenOn(), r.getForm(), r.getGivenBy(),
                r.isDiscussInMeeting(), r.isParentsAttend(), r.isContactOtherProfessionals(), r.getSharedDisciplines(),
                r.getValidUntil(), r.getJustification(), r.getRecordedBy(), r.getRecordedAt(), r.getWithdrawnOn(),
                r.getWithdrawnBy(), r.isActiveOn(today));
    }

    /** Newest first; each replaced result names the correction that replaced it. */
    private static List<CaseDetails.Assessment> assessments(CaseFile c) {
        Map<Long, Long> replacedBy = c.getAssessments().stream()
                .filter(a -> a.getSupersedesId() != null)
                .collect(Collectors.toMap(AssessmentRecord::getSupersedesId, AssessmentRecord::requireId));
        return c.getAssessments().stream()
                .sorted(Comparator.comparing(AssessmentRecord::getRecordedAt).reversed())
                .map(a -> new CaseDetails.Assessment(a.requireId(), a.getInstrumentVersionId(),
                        a.getInstrumentCode(), a.getInstrumentName(), a.getVersionLabel(), a.isInstrumentValidated(),
                        a.getAdministeredOn(), a.getRespondent(), a.getAdministeredBy(), a.getDomainValues(),
                        a.getTotal(), a.getReportedRiskLevel(), a.getSuggestedCarePathway(),
                        a.isDiscussedWithClient(), a.getSupersedesId(), a.getCorrectionReason(),
                        replacedBy.get(a.requireId()), a.getRecordedAt(), a.getRecordedBy()))
                .toList();
    }

    private static List<CaseDetails.NetworkMember> network(CaseFile c) {
        TrustedProfessional trusted = c.getTrustedProfessional();
        return c.getNetwork().stream()
                .map(m -> new CaseDetails.NetworkMember(m.requireId(), m.getKind(), m.getInitials(), m.getRelation(),
                        m.getName(), m.getOrganisation(), m.getDiscipline(), m.getAddedAt(), m.getAddedBy(),
                        Objects.equals(trusted, new TrustedProfessional.ExternalProfessional(m.requireId()))))
                .toList();
    }

    private static boolean isContactPerson(CaseFile c, long userId) {
        return c.getContacts().stream().anyMatch(a -> a.isCurrent()
                && a.getRole() == CaseDetails.Assignment.Role.CONTACT_PERSON && a.getUserId() == userId);
    }
}
