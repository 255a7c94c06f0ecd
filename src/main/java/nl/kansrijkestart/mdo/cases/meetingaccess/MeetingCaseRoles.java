package nl.kansrijkestart.mdo.cases.meetingaccess;

import nl.kansrijkestart.mdo.cases.CaseStatus;
import nl.kansrijkestart.mdo.cases.CaseRoles;
import nl.kansrijkestart.mdo.cases.internal.ContactRoles;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.kansrijkestart.mdo.cases.CaseDetails.Assignment;
import nl.kansrijkestart.mdo.cases.internal.CaseAudit;
import nl.kansrijkestart.mdo.cases.internal.CaseEvent;
import nl.kansrijkestart.mdo.cases.internal.CaseFile;
import nl.kansrijkestart.mdo.cases.internal.CaseFileRepository;
import nl.kansrijkestart.mdo.cases.internal.CaseGuard;
import nl.kansrijkestart.mdo.cases.internal.ContactAssignment;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.shared.ConcurrentChangeException;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the meetings decide about a case: its contact person and case director, confirmed or
 * handed to another care-team member by the chair while the case is discussed; its status in the
 * meeting cycle; and the discussion itself in its timeline. The meetings module has checked that
 * the signed-in user chairs a running meeting with the case on its agenda and names it in
 * {@code meetingReference}; history, timeline and log are the same as on the case page.
 */
@Service
@PreAuthorize("hasAnyRole('PROFESSIONAL','CHAIR')")
public class MeetingCaseRoles {

    private final CaseFileRepository cases;
    private final ContactRoles roles;
    private final CaseAudit audit;
    private final CurrentUserService users;
    private final Clock clock;
    private final ChairedCases chaired;

    MeetingCaseRoles(CaseFileRepository cases, ContactRoles roles, CaseAudit audit, CurrentUserService users,
            Clock clock, ChairedCases chaired) {
        this.chaired = chaired;
        this.cases = cases;
        this.roles = roles;
        this.audit = audit;
        this.users = users;
        this.clock = clock;
    }

    /**
     * The case's timeline shows that a meeting discussed it, with the meeting's date; what was
     * concluded stays in the meeting's minutes. An erased case gets no new history.
     */
    @Transactional
    public void recordDiscussion(String caseNumber, String meetingReference, LocalDate meetingDate) {
        CurrentUser me = users.require();
        CaseFile caseFile = chaired.require(me, caseNumber, AuditAction.UPDATE, "timeline");
        if (caseFile.isErased()) {
            return;
        }
        Instant now = clock.instant();
        caseFile.touch(me.displayName(), now);
        caseFile.record(new CaseEvent(caseFile, now, me.displayName(), "timeline.discussed-in-meeting",
                meetingDate.toString()));
        cases.saveAndFlush(caseFile);
        audit.succeeded(me, caseNumber, AuditAction.UPDATE, "timeline", checks(meetingReference), "discussed");
    }

    /**
     * The case's status as its agenda items now imply it (on an agenda, discussed, in follow-up,
     * closed, or back to registered when it left every agenda). Only a change is recorded: in the
     * timeline and the access log. An erased case keeps its status.
     */
    @Transactional
    public void recordProgress(String caseNumber, CaseStatus status, String reference) {
        CurrentUser me = users.require();
        CaseFile caseFile = cases.findByCaseNumber(caseNumber)
                .filter(found -> CaseGuard.isOnCareTeam(found, me.id())
                        || chaired.onAgendaChairedBy(me, caseNumber))
                .orElseThrow(() -> chaired.refused(me, caseNumber, AuditAction.UPDATE, "case-status"));
        if (caseFile.isErased() || caseFile.getStatus() == status) {
            return;
        }
        Instant now = clock.instant();
        caseFile.progress(status);
        caseFile.touch(me.displayName(), now);
        caseFile.record(new CaseEvent(caseFile, now, me.displayName(), "timeline.status-changed",
                "#" + status.messageKey()));
        cases.saveAndFlush(caseFile);
        audit.succeeded(me, caseNumber, AuditAction.UPDATE, "case-status", List.of("meeting:" + reference),
                status.name());
    }

    @Transactional(readOnly = true)
    public CaseRoles roles(String caseNumber, String meetingReference) {
        CurrentUser me = users.require();
        CaseFile caseFile = load(me, caseNumber);
        audit.succeeded(me, caseNumber, AuditAction.READ, "care-team", checks(meetingReference), null);
        return map(caseFile);
    }

    /**
     * Confirms the contact person, or hands the role to another care-team member. {@code expected} is
     * the contact person the chair saw; when that changed meanwhile, nothing is decided.
     */
    @Transactional
    public CaseRoles decideContactPerson(String caseNumber, String meetingReference, @Nullable Long expected,
            long userId) {
        CurrentUser me = users.require();
        CaseFile caseFile = current(me, caseNumber, Assignment.Role.CONTACT_PERSON, expected);
        if (Objects.equals(expected, userId)) {
            String name = ContactRoles.current(caseFile, Assignment.Role.CONTACT_PERSON)
                    .map(ContactAssignment::getName).orElse("");
            roles.changed(me, caseFile, checks(meetingReference), "timeline.contact-person-confirmed", name);
        } else {
            roles.assign(me, caseFile, userId, Assignment.Role.CONTACT_PERSON, checks(meetingReference));
        }
        return map(caseFile);
    }

    /** Sets, confirms or (with {@code null}) clears the case director, checked like the contact person. */
    @Transactional
    public CaseRoles decideCaseDirector(String caseNumber, String meetingReference, @Nullable Long expected,
            @Nullable Long userId) {
        CurrentUser me = users.require();
        CaseFile caseFile = current(me, caseNumber, Assignment.Role.CASE_DIRECTOR, expected);
        if (userId == null) {
            roles.clearCaseDirector(me, caseFile, checks(meetingReference));
        } else if (userId.equals(expected)) {
            String name = ContactRoles.current(caseFile, Assignment.Role.CASE_DIRECTOR)
                    .map(ContactAssignment::getName).orElse("");
            roles.changed(me, caseFile, checks(meetingReference), "timeline.case-director-confirmed", name);
        } else {
            roles.assign(me, caseFile, userId, Assignment.Role.CASE_DIRECTOR, checks(meetingReference));
        }
        return map(caseFile);
    }

    private CaseFile current(CurrentUser me, String caseNumber, Assignment.Role role, @Nullable Long expected) {
        CaseFile caseFile = load(me, caseNumber);
        Long holder = ContactRoles.current(caseFile, role).map(ContactAssignment::getUserId).orElse(null);
        if (!Objects.equals(holder, expected)) {
            throw new ConcurrentChangeException(caseFile.getLastChangedBy());
        }
        return caseFile;
    }

    private CaseFile load(CurrentUser me, String caseNumber) {
        CaseFile caseFile = chaired.require(me, caseNumber, AuditAction.READ, "care-team");
        if (caseFile.isErased()) {
            throw new InvalidInputException("case", "case.erased");
        }
        return caseFile;
    }

    private static List<String> checks(String meetingReference) {
        return List.of("meeting-chair:" + meetingReference);
    }

    private static CaseRoles map(CaseFile caseFile) {
        return new CaseRoles(caseFile.getCaseNumber(),
                ContactRoles.current(caseFile, Assignment.Role.CONTACT_PERSON).map(ContactAssignment::getUserId)
                        .orElse(null),
                ContactRoles.current(caseFile, Assignment.Role.CASE_DIRECTOR).map(ContactAssignment::getUserId)
                        .orElse(null),
                caseFile.getCareTeam().stream().filter(m -> m.isActive())
                        .map(m -> new CaseRoles.Member(m.getUserId(), m.getName(), m.getDiscipline())).toList());
    }
}
