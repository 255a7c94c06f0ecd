package nl.kansrijkestart.mdo.meetings;

import java.time.Clock;
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

/** Publishes the access-log event of every change of an agenda and every read of one. */
@Component
class AgendaAudit {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgendaAudit(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    void succeeded(CurrentUser user, @Nullable String caseNumber, AuditAction action, String object,
            List<String> checks, String detail) {
        succeeded(user.asActor(), caseNumber, action, object, checks, detail);
    }

    void succeeded(AuditActor actor, @Nullable String caseNumber, AuditAction action, String object,
            List<String> checks, String detail) {
        events.publishEvent(new AuditEvent(clock.instant().truncatedTo(ChronoUnit.SECONDS), actor, null,
                caseNumber, action, object, AuditOutcome.SUCCESS, checks, detail));
    }

    /** A refused look at or change of a meeting: the caller is neither its chair nor invited. */
    void denied(CurrentUser user, AuditAction action, long meetingId, String reason) {
        events.publishEvent(new AuditEvent(clock.instant().truncatedTo(ChronoUnit.SECONDS), user.asActor(), null,
                null, action, "meeting", AuditOutcome.DENIED, List.of("meeting-participant"),
                meeting(meetingId) + ": " + reason));
    }

    static String meeting(long meetingId) {
        return "meeting " + meetingId;
    }
}
