package nl.kansrijkestart.mdo.meetings;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.meetings.internal.AgendaItem;
import nl.kansrijkestart.mdo.meetings.internal.AgendaItemRepository;
import nl.kansrijkestart.mdo.meetings.internal.AgendaOutcome;
import nl.kansrijkestart.mdo.meetings.internal.AgendaOutcomeRepository;
import nl.kansrijkestart.mdo.meetings.internal.Meeting;
import nl.kansrijkestart.mdo.shared.InputRules;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chair's conclusion of an item, saved continuously while it is typed, like the shared notes.
 * It is part of the item's outcome and shares its version: a conclusion or an outcome saved on an
 * older version is refused with the name of whoever saved in between, so neither the chair's
 * second screen nor a recorded outcome silently overwrites the other.
 */
@Service
public class ConclusionService {

    private final AgendaOutcomeRepository outcomes;
    private final AgendaItemRepository items;
    private final MeetingGuard guard;
    private final AgendaAudit audit;
    private final ApplicationEventPublisher events;
    private final CurrentUserService currentUser;
    private final Clock clock;
    private final CaseContentScope scope;

    ConclusionService(AgendaOutcomeRepository outcomes, AgendaItemRepository items, MeetingGuard guard,
            AgendaAudit audit, ApplicationEventPublisher events, CurrentUserService currentUser, Clock clock,
            CaseContentScope scope) {
        this.scope = scope;
        this.outcomes = outcomes;
        this.items = items;
        this.guard = guard;
        this.audit = audit;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The outcome of one item as saved last, for the chair and invited users; logged as a read. */
    @PreAuthorize("hasAnyRole('PROFESSIONAL','CHAIR')")
    @Transactional(readOnly = true)
    public Optional<Outcome> outcome(long itemId) {
        return outcome(itemId, null);
    }

    /**
     * The outcome of one item if it is newer than the version the reader's page already shows
     * ({@code null}: it shows none); only a read that hands out something new is logged, as for
     * {@link NotesService#note(long, Long)}.
     */
    @PreAuthorize("hasAnyRole('PROFESSIONAL','CHAIR')")
    @Transactional(readOnly = true)
    public Optional<Outcome> outcome(long itemId, @Nullable Long shownVersion) {
        CurrentUser me = currentUser.require();
        AgendaItem item = items.existing(itemId);
        CaseContentScope.Reader reader = scope.of(me, guard.forParticipant(me, item.getMeetingId()));
        Optional<Outcome> found = outcomes.findByAgendaItemId(itemId)
                .filter(outcome -> shownVersion == null || outcome.getVersion() > shownVersion)
                .map(outcome -> reader.outcome(OutcomeService.map(outcome), item));
        if (found.isEmpty() && shownVersion != null) {
            return found;
        }
        audit.succeeded(me, item.getCaseNumber(), AuditAction.READ, "agenda-outcome", List.of("meeting-participant"),
                AgendaAudit.meeting(item.getMeetingId()));
        return found;
    }

    /**
     * Saves the conclusion as typed so far. {@code expectedVersion} is the version of the outcome it
     * was typed on, {@code null} when the item had no outcome yet.
     */
    @PreAuthorize("hasRole('CHAIR')")
    @Transactional
    public Outcome write(long itemId, @Nullable Long expectedVersion, String conclusion) {
        CurrentUser me = currentUser.require();
        AgendaItem item = items.lockExisting(itemId);
        Meeting meeting = guard.forChair(me, item.getMeetingId());
        OutcomeService.requireRunning(meeting);
        item.requireAccepted();
        InputRules.check().optionalText("conclusion", conclusion, AgendaOutcome.CONCLUSION_MAX).throwIfInvalid();
        AgendaOutcome outcome = outcomes.findByAgendaItemId(itemId).orElseGet(() -> new AgendaOutcome(itemId));
        OutcomeService.requireSeen(outcome, expectedVersion);
        // Not stripped: the chair is still typing, and a trailing space must not vanish under the cursor.
        outcome.writeConclusion(conclusion.isBlank() ? null : conclusion, me.displayName(), clock.instant());
        AgendaOutcome saved = outcomes.saveAndFlush(outcome);
        events.publishEvent(new MeetingChanged(meeting.requireId(), MeetingChanged.Change.CONCLUSION,
                me.displayName(), itemId, SharedField.CONCLUSION));
        audit.succeeded(me, item.getCaseNumber(), AuditAction.UPDATE, "agenda-outcome", List.of("meeting-chair"),
                AgendaAudit.meeting(meeting.requireId()) + ": conclusion, " + conclusion.length() + " characters");
        return OutcomeService.map(saved);
    }
}
