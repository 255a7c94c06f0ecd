package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.meetings.ActionService;
import nl.kansrijkestart.mdo.meetings.AgendaEntry;
import nl.kansrijkestart.mdo.meetings.AgendaStatus;
import nl.kansrijkestart.mdo.meetings.AgreedAction;
import nl.kansrijkestart.mdo.meetings.MeetingStatus;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.meetings.Outcome;
import nl.kansrijkestart.mdo.meetings.OutcomeService;

/**
 * The outcome part of each agenda item: the recorded outcome and agreed actions for everyone, and
 * while the meeting runs the chair's forms to record them. Loaded once per page view.
 */
final class ItemOutcomes {

    private final OutcomeService outcomeService;
    private final ActionService actionService;
    private final MeetingSummary meeting;
    private final Runnable reload;
    private final Map<Long, Outcome> outcomes;
    private final Map<Long, List<AgreedAction>> actions;

    ItemOutcomes(OutcomeService outcomeService, ActionService actionService, MeetingSummary meeting, Runnable reload) {
        this.outcomeService = outcomeService;
        this.actionService = actionService;
        this.meeting = meeting;
        this.reload = reload;
        this.outcomes = outcomeService.outcomes(meeting.id()).stream()
                .collect(Collectors.toMap(Outcome::agendaItemId, Function.identity()));
        this.actions = actionService.actions(meeting.id()).stream()
                .collect(Collectors.groupingBy(AgreedAction::agendaItemId));
    }

    void addTo(Div card, AgendaEntry entry) {
        Outcome outcome = outcomes.get(entry.id());
        boolean recording = meeting.chairedByMe() && meeting.status() == MeetingStatus.RUNNING
                && entry.status() == AgendaStatus.ACCEPTED;
        if (recording) {
            card.add(new OutcomeEditor(outcomeService, entry, outcome, reload));
        } else if (outcome != null) {
            card.add(new OutcomeLines(outcome));
        }
        List<AgreedAction> agreed = actions.getOrDefault(entry.id(), List.of());
        if (!agreed.isEmpty()) {
            card.add(new Paragraph(card.getTranslation("actions.agreed")));
            agreed.forEach(action -> card.add(line(card, action)));
        }
        if (recording) {
            card.add(new ActionForm(actionService, meeting, entry, reload));
        }
    }

    private static Div line(Div card, AgreedAction action) {
        Div line = new Div(new Span(action.what() + " – " + action.assigneeName() + " – "
                + card.getTranslation("actions.due", action.dueOn())));
        line.addClassName("agreed-action");
        return line;
    }
}
