package nl.kansrijkestart.mdo.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseDetails.Assignment;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.cases.CaseAccessChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Changes of the contact person and case director with their history, timeline entry and log
 * entry, whoever decides them: the care team on the case page or the chair in a meeting. The
 * callers check who may change the case; this class holds no access rules of its own.
 */
@Component
public class ContactRoles {

    private final CaseFileRepository cases;
    private final CaseAudit audit;
    private final CurrentUserService users;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ContactRoles(CaseFileRepository cases, CaseAudit audit, CurrentUserService users, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.cases = cases;
        this.audit = audit;
        this.users = users;
        this.clock = clock;
    }

    /** Ends the current holder of {@code role} and gives it to an active care-team member. */
    public CaseDetails assign(CurrentUser me, CaseFile caseFile, long userId, Assignment.Role role, List<String> checks) {
        CareTeamMember member = caseFile.getCareTeam().stream()
                .filter(m -> m.isActive() && m.getUserId() == userId).findFirst()
                .orElseThrow(() -> new InvalidInputException("member", "care-team.assign-not-member"));
        users.enabledUser(userId).orElseThrow(() -> new InvalidInputException("member", "care-team.unknown-user"));
        Instant now = clock.instant();
        current(caseFile, role).ifPresent(previous -> previous.end(now));
        caseFile.getContacts().add(new ContactAssignment(caseFile, role, userId, member.getName(),
                member.getDiscipline(), now));
        return changed(me, caseFile, checks, role == Assignment.Role.CONTACT_PERSON
                ? "timeline.contact-person-changed" : "timeline.case-director-changed", member.getName());
    }

    public CaseDetails clearCaseDirector(CurrentUser me, CaseFile caseFile, List<String> checks) {
        current(caseFile, Assignment.Role.CASE_DIRECTOR).ifPresent(a -> a.end(clock.instant()));
        return changed(me, caseFile, checks, "timeline.case-director-cleared");
    }

    public static Optional<ContactAssignment> current(CaseFile caseFile, Assignment.Role role) {
        return caseFile.getContacts().stream().filter(a -> a.isCurrent() && a.getRole() == role).findFirst();
    }

    /**
     * Touches the case (version + 1), adds the timeline entry and logs the change. Who is on the care
     * team and who is its contact person decide what meeting participants see of the case, so the
     * meetings are told ({@link CaseAccessChanged}).
     */
    public CaseDetails changed(CurrentUser me, CaseFile caseFile, List<String> checks, String timelineKey,
            String... arguments) {
        Instant now = clock.instant();
        caseFile.touch(me.displayName(), now);
        caseFile.record(new CaseEvent(caseFile, now, me.displayName(), timelineKey, arguments));
        cases.saveAndFlush(caseFile);
        audit.succeeded(me, caseFile.getCaseNumber(), AuditAction.UPDATE, "care-team", checks, null);
        events.publishEvent(new CaseAccessChanged(caseFile.getCaseNumber()));
        return CaseMapper.details(caseFile, LocalDate.now(clock));
    }
}
