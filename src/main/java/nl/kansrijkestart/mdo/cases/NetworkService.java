package nl.kansrijkestart.mdo.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import nl.kansrijkestart.mdo.cases.internal.CaseAudit;
import nl.kansrijkestart.mdo.cases.internal.CaseEvent;
import nl.kansrijkestart.mdo.cases.internal.CaseFile;
import nl.kansrijkestart.mdo.cases.internal.CaseFileRepository;
import nl.kansrijkestart.mdo.cases.internal.CaseGuard;
import nl.kansrijkestart.mdo.cases.internal.CaseMapper;
import nl.kansrijkestart.mdo.cases.internal.CareTeamMember;
import nl.kansrijkestart.mdo.cases.internal.NetworkMember;
import nl.kansrijkestart.mdo.cases.internal.NetworkRules;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network map of a case, by its care team: the parents' informal circle, external
 * professionals, and the one professional the parent trusts most. Timeline entries never name
 * informal members, so erasing them leaves nothing behind.
 */
@Service
@PreAuthorize("hasRole('PROFESSIONAL')")
public class NetworkService {

    private static final String OBJECT = "network";

    private final CaseFileRepository cases;
    private final CaseGuard guard;
    private final CaseAudit audit;
    private final CurrentUserService currentUser;
    private final Clock clock;

    NetworkService(CaseFileRepository cases, CaseGuard guard, CaseAudit audit, CurrentUserService currentUser,
            Clock clock) {
        this.cases = cases;
        this.guard = guard;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    public CaseDetails add(String caseNumber, long expectedVersion, NetworkMemberDraft draft) {
        CurrentUser me = currentUser.require();
        CaseFile caseFile = forChange(me, caseNumber, expectedVersion);
        NetworkRules.check(draft);
        NetworkMember member = new NetworkMember(caseFile, draft, me.displayName(), clock.instant());
        caseFile.getNetwork().add(member);
        return member.isInformal()
                ? saved(me, caseFile, AuditAction.CREATE, "timeline.network-informal-added")
                : saved(me, caseFile, AuditAction.CREATE, "timeline.network-professional-added", member.getName());
    }

    /** Deletes the member; an informal member's initials are not kept anywhere afterwards. */
    @Transactional
    public CaseDetails remove(String caseNumber, long expectedVersion, long memberId) {
        CurrentUser me = currentUser.require();
        CaseFile caseFile = forChange(me, caseNumber, expectedVersion);
        NetworkMember member = caseFile.getNetwork().stream().filter(m -> m.requireId() == memberId).findFirst()
                .orElseThrow(() -> new InvalidInputException("member", "network.unknown"));
        if (new TrustedProfessional.ExternalProfessional(memberId).equals(caseFile.getTrustedProfessional())) {
            caseFile.setTrustedProfessional(null);
        }
        caseFile.getNetwork().remove(member);
        return member.isInformal()
                ? saved(me, caseFile, AuditAction.DELETE, "timeline.network-informal-removed")
                : saved(me, caseFile, AuditAction.DELETE, "timeline.network-professional-removed", member.getName());
    }

    /**
     * Marks the professional the parent trusts most: an active care-team member or an external
     * professional of the network map. Replaces an earlier mark; {@code null} clears it.
     */
    @Transactional
    public CaseDetails markTrusted(String caseNumber, long expectedVersion, @Nullable TrustedProfessional trusted) {
        CurrentUser me = currentUser.require();
        CaseFile caseFile = forChange(me, caseNumber, expectedVersion);
        if (trusted == null) {
            caseFile.setTrustedProfessional(null);
            return saved(me, caseFile, AuditAction.UPDATE, "timeline.network-trusted-cleared");
        }
        String name = nameOf(caseFile, trusted);
        caseFile.setTrustedProfessional(trusted);
        return saved(me, caseFile, AuditAction.UPDATE, "timeline.network-trusted-marked", name);
    }

    private static String nameOf(CaseFile caseFile, TrustedProfessional trusted) {
        String name = switch (trusted) {
            case TrustedProfessional.CareTeamUser user -> caseFile.getCareTeam().stream()
                    .filter(m -> m.isActive() && m.getUserId() == user.userId())
                    .map(CareTeamMember::getName).findFirst().orElse(null);
            case TrustedProfessional.ExternalProfessional external -> caseFile.getNetwork().stream()
                    .filter(m -> !m.isInformal() && m.requireId() == external.networkMemberId())
                    .map(NetworkMember::getName).findFirst().orElse(null);
        };
        if (name == null) {
            throw new InvalidInputException("trusted", "network.trusted.unknown");
        }
        return name;
    }

    /** An anonymous case keeps no one who could identify the client's circle. */
    private CaseFile forChange(CurrentUser me, String caseNumber, long expectedVersion) {
        CaseFile caseFile = guard.forChange(me, caseNumber, expectedVersion, OBJECT);
        if (caseFile.isAnonymous()) {
            throw new InvalidInputException("network", "network.anonymous-case");
        }
        return caseFile;
    }

    private CaseDetails saved(CurrentUser me, CaseFile caseFile, AuditAction action, String timelineKey,
            String... arguments) {
        Instant now = clock.instant();
        caseFile.touch(me.displayName(), now);
        caseFile.record(new CaseEvent(caseFile, now, me.displayName(), timelineKey, arguments));
        cases.saveAndFlush(caseFile);
        audit.succeeded(me, caseFile.getCaseNumber(), action, OBJECT, CaseAudit.CARE_TEAM, null);
        return CaseMapper.details(caseFile, LocalDate.now(clock));
    }
}
