package nl.kansrijkestart.mdo.cases.meetingaccess;

import nl.kansrijkestart.mdo.cases.AgendaCase;
import nl.kansrijkestart.mdo.cases.CaseNotAccessibleException;
import nl.kansrijkestart.mdo.cases.MeetingCaseSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.CaseDetails.Assignment;
import nl.kansrijkestart.mdo.cases.internal.CaseAudit;
import nl.kansrijkestart.mdo.cases.internal.CaseFile;
import nl.kansrijkestart.mdo.cases.internal.CaseFileRepository;
import nl.kansrijkestart.mdo.cases.internal.CaseGuard;
import nl.kansrijkestart.mdo.cases.internal.ConsentRecord;
import nl.kansrijkestart.mdo.cases.internal.Consents;
import nl.kansrijkestart.mdo.cases.internal.ContactAssignment;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules where cases meet meetings: which case may go on an agenda on a given date, and what a
 * participant may see of it. The meetings module calls this; the consent rules stay here. Open to
 * chairs who are not professionals themselves: every method decides per case what the caller may.
 */
@Service
@PreAuthorize("hasAnyRole('PROFESSIONAL','CHAIR')")
public class CaseMeetingAccess {

    private final CaseFileRepository cases;
    private final CaseGuard guard;
    private final CaseAudit audit;
    private final CurrentUserService currentUser;
    private final Clock clock;
    private final MeetingAgendas agendas;

    CaseMeetingAccess(CaseFileRepository cases, CaseGuard guard, CaseAudit audit, CurrentUserService currentUser,
            Clock clock, MeetingAgendas agendas) {
        this.agendas = agendas;
        this.cases = cases;
        this.guard = guard;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * A care-team member submits a case for a meeting on {@code meetingDate}. A named case needs a
     * consent covering discussion in a meeting that is in force on that date (or a justified other
     * legal basis); the refusal names what is missing. Anonymous cases are always allowed.
     */
    @Transactional(readOnly = true)
    public AgendaCase checkSubmission(String caseNumber, LocalDate meetingDate) {
        CurrentUser me = currentUser.require();
        CaseFile caseFile = guard.forRead(me, caseNumber, "agenda-submission");
        if (caseFile.isErased()) {
            throw new InvalidInputException("case", "case.erased");
        }
        if (!caseFile.isAnonymous()) {
            String missing = missingConsent(caseFile, meetingDate);
            if (missing != null) {
                audit.refused(me, caseNumber, AuditAction.READ, "agenda-submission", missing);
                throw new InvalidInputException("case", missing, meetingDate.toString());
            }
        }
        audit.succeeded(me, caseNumber, AuditAction.READ, "agenda-submission",
                List.of("care-team", caseFile.isAnonymous() ? "anonymous" : "consent:discuss-in-meeting"), null);
        return new AgendaCase(caseFile.getCaseNumber(), caseFile.getType(), caseFile.isAnonymous(),
                caseFile.getMunicipalityCode(), caseFile.isUrgent());
    }

    /** Whether the signed-in user is an active member of the case's care team. */
    @Transactional(readOnly = true)
    public boolean isOnCareTeam(String caseNumber) {
        CurrentUser me = currentUser.require();
        return cases.findByCaseNumber(caseNumber).filter(caseFile -> CaseGuard.isOnCareTeam(caseFile, me.id()))
                .isPresent();
    }

    /** Whether a named case may (still) be discussed in a meeting on {@code meetingDate}. */
    @Transactional(readOnly = true)
    public boolean mayBeDiscussedOn(String caseNumber, LocalDate meetingDate) {
        return cases.findByCaseNumber(caseNumber)
                .map(caseFile -> caseFile.isAnonymous() || missingConsent(caseFile, meetingDate) == null)
                .orElse(false);
    }

    /**
     * Whether the signed-in user may read what is written about this case in a meeting on
     * {@code meetingDate}: the question, conclusion, notes, actions and addenda. Yes for an anonymous
     * case (it carries nothing identifying and was brought to be discussed), for its care team, and
     * for a discipline the consent in force on that day shares with; no for an erased or unknown case,
     * and no when the case is not on the agenda of meeting {@code meetingId} or the user does not take part in it.
     */
    @Transactional(readOnly = true)
    public boolean mayReadContent(String caseNumber, long meetingId, LocalDate meetingDate) {
        CurrentUser me = currentUser.require();
        if (!agendas.onAgendaOpenTo(caseNumber, meetingId, me.id())) {
            return false;
        }
        return cases.findByCaseNumber(caseNumber).filter(caseFile -> !caseFile.isErased())
                .filter(caseFile -> caseFile.isAnonymous() || covers(caseFile, meetingDate, me))
                .isPresent();
    }

    /**
     * What a meeting participant sees of a case on the agenda of meeting {@code meetingId}: refused
     * as an unknown case unless the case is on that agenda and the signed-in user chairs the meeting
     * or is invited to it. This decides how much they see:
     * everything for the care team and the consented disciplines, an anonymised summary otherwise.
     * Every such read is logged with the meeting as check.
     */
    @Transactional(readOnly = true)
    public MeetingCaseSummary summaryForParticipant(String caseNumber, long meetingId, LocalDate meetingDate,
            String meetingReference) {
        CurrentUser me = currentUser.require();
        if (!agendas.onAgendaOpenTo(caseNumber, meetingId, me.id())) {
            audit.denied(me, caseNumber, AuditAction.READ, "meeting-summary", "not on the agenda of this meeting");
            throw new CaseNotAccessibleException(caseNumber);
        }
        CaseFile caseFile = cases.findByCaseNumber(caseNumber)
                .orElseThrow(() -> new CaseNotAccessibleException(caseNumber));
        boolean full = !caseFile.isAnonymous() && !caseFile.isErased() && covers(caseFile, meetingDate, me);
        audit.succeeded(me, caseNumber, AuditAction.READ, "meeting-summary",
                List.of("meeting-participant:" + meetingReference, full ? "consent:discipline" : "anonymised"), null);
        String contact = caseFile.getContacts().stream()
                .filter(a -> a.isCurrent() && a.getRole() == Assignment.Role.CONTACT_PERSON)
                .map(ContactAssignment::getName).findFirst().orElse("");
        // Outside the consent scope a named case shows neither its question nor its factors.
        boolean content = full || caseFile.isAnonymous();
        return new MeetingCaseSummary(caseFile.getCaseNumber(), caseFile.getType(), !full,
                caseFile.getMunicipalityCode(), full ? caseFile.getInitials() : null,
                full ? caseFile.getParentBirthYear() : null, full ? caseFile.getExpectedDueDate() : null,
                full ? caseFile.getYoungestChildBirthDate() : null, content ? caseFile.getQuestion() : null,
                content ? caseFile.getFactors() : Set.of(), caseFile.isUrgent(), content ? contact : "");
    }

    /** The one consent-scope rule for meeting readers: the care team, or a discipline the consent shares with. */
    private static boolean covers(CaseFile caseFile, LocalDate day, CurrentUser viewer) {
        return CaseGuard.isOnCareTeam(caseFile, viewer.id()) || consentCovers(caseFile, day, viewer);
    }

    private static boolean consentCovers(CaseFile caseFile, LocalDate day, CurrentUser viewer) {
        return Consents.activeOn(caseFile, day)
                .filter(consent -> consent.getSharedDisciplines().contains(viewer.discipline()))
                .isPresent();
    }

    /** The message key saying why the case cannot be discussed on {@code day}, or null when it can. */
    private static String missingConsent(CaseFile caseFile, LocalDate day) {
        Optional<ConsentRecord> active = Consents.activeOn(caseFile, day);
        if (active.isPresent()) {
            return active.get().isDiscussInMeeting() ? null : "agenda.consent-not-for-meetings";
        }
        return switch (Consents.stateOn(caseFile, day)) {
            case WITHDRAWN -> "agenda.consent-withdrawn";
            case EXPIRED -> "agenda.consent-expired";
            default -> "agenda.consent-none";
        };
    }
}
