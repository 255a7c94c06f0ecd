package nl.kansrijkestart.mdo.shared.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The access log's entries for the application manager's changes: accounts, organisations,
 * municipalities, regions and the instrument catalogue. They decide who may see what and how the
 * counts are grouped, so each change says who made it and what it became.
 */
@Component
public class AdministrationLog {

    private final CurrentActor actor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AdministrationLog(CurrentActor actor, ApplicationEventPublisher events, Clock clock) {
        this.actor = actor;
        this.events = events;
        this.clock = clock;
    }

    /** A change that succeeded; {@code detail} names the record and what it is now, never a password. */
    public void changed(AuditAction action, String object, String detail) {
        events.publishEvent(new AuditEvent(clock.instant().truncatedTo(ChronoUnit.SECONDS), actor.require(), null,
                null, action, object, AuditOutcome.SUCCESS, List.of("role:ADMIN"), detail));
    }
}
