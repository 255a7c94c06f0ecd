package nl.kansrijkestart.mdo.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.shared.audit.AuditActor;
import nl.kansrijkestart.mdo.shared.audit.AuditEvent;
import nl.kansrijkestart.mdo.shared.audit.AuditOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes the access-log event of every read and change of case data. */
@Component
public class CaseAudit {

    /** The checks applied to a care-team member's access. */
    public static final List<String> CARE_TEAM = List.of("care-team");

    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseAudit(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public void succeeded(CurrentUser user, @Nullable String caseNumber, AuditAction action, String object,
            List<String> checks, @Nullable String detail) {
        publish(user, caseNumber, action, object, AuditOutcome.SUCCESS, checks, detail);
    }

    public void denied(CurrentUser user, String caseNumber, AuditAction action, String object, String reason) {
        publish(user, caseNumber, action, object, AuditOutcome.DENIED, CARE_TEAM, reason);
    }

    public void refused(CurrentUser user, String caseNumber, AuditAction action, String object, String reason) {
        publish(user, caseNumber, action, object, AuditOutcome.FAILED, CARE_TEAM, reason);
    }

    /**
     * An access by a machine client ({@code actor}) acting for a professional, logged as NEN 7513
     * asks: the client as the one who acted, the professional as the one it acted for.
     */
    public void onBehalf(AuditActor actor, String onBehalfOf, String caseNumber, AuditAction action, String object,
            AuditOutcome outcome, List<String> checks, @Nullable String detail) {
        events.publishEvent(new AuditEvent(clock.instant().truncatedTo(ChronoUnit.SECONDS), actor, onBehalfOf,
                caseNumber, action, object, outcome, checks, detail));
    }

    private void publish(CurrentUser user, @Nullable String caseNumber, AuditAction action, String object,
            AuditOutcome outcome, List<String> checks, @Nullable String detail) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        events.publishEvent(new AuditEvent(now, user.asActor(), null, caseNumber, action, object, outcome, checks,
                detail));
    }
}
