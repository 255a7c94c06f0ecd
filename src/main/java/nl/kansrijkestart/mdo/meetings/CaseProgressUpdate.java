package nl.kansrijkestart.mdo.meetings;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.cases.CaseStatus;
import nl.kansrijkestart.mdo.cases.meetingaccess.MeetingCaseRoles;
import nl.kansrijkestart.mdo.meetings.internal.AgendaItem;
import nl.kansrijkestart.mdo.meetings.internal.AgendaItemRepository;
import nl.kansrijkestart.mdo.meetings.internal.AgendaOutcome;
import nl.kansrijkestart.mdo.meetings.internal.AgendaOutcomeRepository;
import nl.kansrijkestart.mdo.meetings.internal.Meeting;
import nl.kansrijkestart.mdo.meetings.internal.MeetingRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Derives a case's status from its agenda items after every change of them, and hands it to the
 * cases module: on an agenda while an accepted item waits in a planned or running meeting;
 * otherwise as its latest discussion left it (closed, in follow-up when it is to be discussed
 * again, or discussed); registered when it was never discussed. Deriving it, instead of stepping
 * it, keeps it right after rejections, moves, cancellations and corrected outcomes.
 */
@Component
class CaseProgressUpdate {

    private static final Set<MeetingStatus> UPCOMING = Set.of(MeetingStatus.PLANNED, MeetingStatus.RUNNING);

    private final AgendaItemRepository items;
    private final AgendaOutcomeRepository outcomes;
    private final MeetingRepository meetings;
    private final MeetingCaseRoles cases;

    CaseProgressUpdate(AgendaItemRepository items, AgendaOutcomeRepository outcomes, MeetingRepository meetings,
            MeetingCaseRoles cases) {
        this.items = items;
        this.outcomes = outcomes;
        this.meetings = meetings;
        this.cases = cases;
    }

    /** {@code reference} says what changed it, for the access log, e.g. "meeting 12". */
    void refresh(String caseNumber, String reference) {
        cases.recordProgress(caseNumber, status(caseNumber), reference);
    }

    CaseStatus status(String caseNumber) {
        List<AgendaItem> accepted = items.findByCaseNumberAndStatusIn(caseNumber, Set.of(AgendaStatus.ACCEPTED));
        Map<Long, Meeting> meetingOf = meetings.findAllById(accepted.stream().map(AgendaItem::getMeetingId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Meeting::requireId, Function.identity()));
        Map<Long, AgendaOutcome> outcomeOf = outcomes.findByAgendaItemIdIn(accepted.stream()
                .map(AgendaItem::requireId).toList()).stream()
                .collect(Collectors.toMap(AgendaOutcome::getAgendaItemId, Function.identity()));
        boolean waiting = accepted.stream().anyMatch(item -> UPCOMING.contains(meetingOf.get(item.getMeetingId()).getStatus())
                && !discussed(outcomeOf.get(item.requireId())));
        if (waiting) {
            return CaseStatus.ON_AGENDA;
        }
        Optional<AgendaOutcome> latest = accepted.stream()
                .filter(item -> discussed(outcomeOf.get(item.requireId())))
                .max(Comparator.comparing((AgendaItem item) -> meetingOf.get(item.getMeetingId()).getStartsAt())
                        .thenComparing(AgendaItem::requireId))
                .map(item -> outcomeOf.get(item.requireId()));
        return latest.map(outcome -> switch (outcome.getFollowUp()) {
            case CLOSE -> CaseStatus.CLOSED;
            case REDISCUSS -> CaseStatus.IN_FOLLOW_UP;
            case NONE -> CaseStatus.DISCUSSED;
        }).orElse(CaseStatus.REGISTERED);
    }

    private static boolean discussed(@Nullable AgendaOutcome outcome) {
        return outcome != null && outcome.getStatus() == OutcomeStatus.DISCUSSED;
    }
}
