package nl.kansrijkestart.mdo.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.kansrijkestart.mdo.cases.CaseDetails.Assignment;
import nl.kansrijkestart.mdo.cases.internal.CareTeamMember;
import nl.kansrijkestart.mdo.cases.internal.CaseAudit;
import nl.kansrijkestart.mdo.cases.internal.CaseFile;
import nl.kansrijkestart.mdo.cases.internal.ContactRoles;
import nl.kansrijkestart.mdo.cases.internal.CaseFileRepository;
import nl.kansrijkestart.mdo.cases.internal.CaseGuard;
import nl.kansrijkestart.mdo.cases.internal.CaseMapper;
import nl.kansrijkestart.mdo.cases.internal.ConsentRecord;
import nl.kansrijkestart.mdo.cases.internal.Consents;
import nl.kansrijkestart.mdo.cases.internal.ContactAssignment;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Role;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.MessageKey;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works on a case: the care team, the one contact person and the optional case director.
 * Adding someone shares the case with them, so for a named case their discipline must be covered
 * by the consent in force today.
 */
@Service
@PreAuthorize("hasRole('PROFESSIONAL')")
public class CareTeamService {

    private final CaseFileRepository cases;
    private final CaseGuard guard;
    private final CaseAudit audit;
    private final CurrentUserService users;
    private final Clock clock;
    private final ContactRoles roles;

    CareTeamService(CaseFileRepository cases, CaseGuard guard, CaseAudit audit, CurrentUserService users,
            Clock clock, ContactRoles roles) {
        this.roles = roles;
        this.cases = cases;
        this.guard = guard;
        this.audit = audit;
        this.users = users;
        this.clock = clock;
    }

    /** Professionals that can be added, by name; for the picker on the case page. */
    @Transactional(readOnly = true)
    public List<CurrentUser> candidates(String text) {
        return users.enabledProfessionals(text, 20);
    }

    /**
     * The active care team of a case with who is contact person, for its members only: anyone else
     * gets {@link CaseNotAccessibleException}, as for a case that does not exist. The read is logged.
     */
    @Transactional(readOnly = true)
    public List<CaseDetails.TeamMember> members(String caseNumber) {
        CurrentUser me = users.require();
        CaseFile caseFile = guard.forRead(me, caseNumber, "care-team");
        audit.succeeded(me, caseNumber, AuditAction.READ, "care-team", CaseAudit.CARE_TEAM, null);
        return CaseMapper.details(caseFile, LocalDate.now(clock)).careTeam();
    }

    @Transactional
    public CaseDetails addMember(String caseNumber, long expectedVersion, long userId) {
        CurrentUser me = users.require();
        CaseFile caseFile = guard.forChange(me, caseNumber, expectedVersion, "care-team");
        CurrentUser member = users.enabledUser(userId).filter(u -> u.hasRole(Role.PROFESSIONAL))
                .orElseThrow(() -> new InvalidInputException("member", "care-team.unknown-user"));
        if (CaseGuard.isOnCareTeam(caseFile, userId)) {
            throw new InvalidInputException("member", "care-team.already-member", member.displayName());
        }
        checkSharingAllowed(me, caseFile, member);
        Instant now = clock.instant();
        caseFile.getCareTeam().add(new CareTeamMember(caseFile, member.id(), member.displayName(),
                member.discipline(), member.organisationName(), now));
        return changed(me, caseFile, "timeline.member-added", member.displayName());
    }

    @Transactional
    public CaseDetails removeMember(String caseNumber, long expectedVersion, long userId) {
        CurrentUser me = users.require();
        CaseFile caseFile = guard.forChange(me, caseNumber, expectedVersion, "care-team");
        CareTeamMember member = caseFile.getCareTeam().stream()
                .filter(m -> m.isActive() && m.getUserId() == userId).findFirst()
                .orElseThrow(() -> new InvalidInputException("member", "care-team.not-member"));
        if (current(caseFile, Assignment.Role.CONTACT_PERSON)
                .filter(a -> a.getUserId() == userId).isPresent()) {
            throw new InvalidInputException("member", "care-team.remove-contact-person");
        }
        Instant now = clock.instant();
        member.remove(now);
        current(caseFile, Assignment.Role.CASE_DIRECTOR).filter(a -> a.getUserId() == userId)
                .ifPresent(a -> a.end(now));
        if (new TrustedProfessional.CareTeamUser(userId).equals(caseFile.getTrustedProfessional())) {
            caseFile.setTrustedProfessional(null);
        }
        return changed(me, caseFile, "timeline.member-removed", member.getName());
    }

    /** Hands the case to another care-team member as the one contact person for the client. */
    @Transactional
    public CaseDetails changeContactPerson(String caseNumber, long expectedVersion, long userId) {
        return assign(caseNumber, expectedVersion, userId, Assignment.Role.CONTACT_PERSON);
    }

    /** Sets (or with {@code null} clears) the case director, preferably from the social domain. */
    @Transactional
    public CaseDetails setCaseDirector(String caseNumber, long expectedVersion, @Nullable Long userId) {
        if (userId != null) {
            return assign(caseNumber, expectedVersion, userId, Assignment.Role.CASE_DIRECTOR);
        }
        CurrentUser me = users.require();
        CaseFile caseFile = guard.forChange(me, caseNumber, expectedVersion, "care-team");
        return roles.clearCaseDirector(me, caseFile, CaseAudit.CARE_TEAM);
    }

    private CaseDetails assign(String caseNumber, long expectedVersion, long userId, Assignment.Role role) {
        CurrentUser me = users.require();
        CaseFile caseFile = guard.forChange(me, caseNumber, expectedVersion, "care-team");
        return roles.assign(me, caseFile, userId, role, CaseAudit.CARE_TEAM);
    }

    private void checkSharingAllowed(CurrentUser me, CaseFile caseFile, CurrentUser member) {
        if (caseFile.isAnonymous()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        ConsentRecord consent = Consents.activeOn(caseFile, today).orElse(null);
        if (consent == null) {
            audit.refused(me, caseFile.getCaseNumber(), AuditAction.UPDATE, "care-team", "no consent in force");
            throw new InvalidInputException("member", "care-team.no-consent." + Consents.stateOn(caseFile, today));
        }
        if (!consent.getSharedDisciplines().contains(member.discipline())) {
            audit.refused(me, caseFile.getCaseNumber(), AuditAction.UPDATE, "care-team",
                    "discipline not in consent: " + member.discipline());
            throw new InvalidInputException("member", "care-team.discipline-not-consented",
                    new MessageKey(member.discipline().messageKey()));
        }
    }

    private static Optional<ContactAssignment> current(CaseFile caseFile, Assignment.Role role) {
        return ContactRoles.current(caseFile, role);
    }

    private CaseDetails changed(CurrentUser me, CaseFile caseFile, String timelineKey, String... arguments) {
        return roles.changed(me, caseFile, CaseAudit.CARE_TEAM, timelineKey, arguments);
    }
}
