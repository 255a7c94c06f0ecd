package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.kansrijkestart.mdo.meetings.ActionService;
import nl.kansrijkestart.mdo.meetings.AgreedAction;
import nl.kansrijkestart.mdo.meetings.MeetingAgenda;
import nl.kansrijkestart.mdo.meetings.MeetingService;
import nl.kansrijkestart.mdo.meetings.MeetingStatus;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.meetings.WaitingRequests;
import nl.kansrijkestart.mdo.shared.CurrentAuthentication;
import nl.kansrijkestart.mdo.shared.ui.Dates;
import nl.kansrijkestart.mdo.shared.ui.StartPanel;
import org.springframework.stereotype.Component;

/**
 * The start page's blocks of the meetings module: for a chair the submitted cases that wait for
 * her decision and her past meetings never closed; for everyone in meetings the next meetings and
 * their open actions. The user's meetings are read once for all blocks.
 */
@Component
class MeetingStartPanels implements StartPanel {

    /** How many meetings and actions a block lists; the rest is one click further. */
    static final int SHOWN = 3;

    private final MeetingService meetings;
    private final MeetingAgenda agendas;
    private final ActionService actions;
    private final CurrentAuthentication authentication;
    private final Clock clock;

    MeetingStartPanels(MeetingService meetings, MeetingAgenda agendas, ActionService actions,
            CurrentAuthentication authentication, Clock clock) {
        this.meetings = meetings;
        this.agendas = agendas;
        this.actions = actions;
        this.authentication = authentication;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<com.vaadin.flow.component.Component> create() {
        boolean chair = authentication.hasRole("CHAIR");
        if (!chair && !authentication.hasRole("PROFESSIONAL")) {
            return List.of();
        }
        List<com.vaadin.flow.component.Component> blocks = new ArrayList<>();
        List<MeetingSummary> mine = meetings.myMeetings();
        if (chair) {
            blocks.add(new WaitingDecisions(agendas.waitingRequests()));
            // Only when there are any: meetings whose time has passed but that were never closed.
            List<MeetingSummary> unfinished = mine.stream()
                    .filter(meeting -> meeting.chairedByMe()
                            && (meeting.status() == MeetingStatus.PLANNED || meeting.status() == MeetingStatus.RUNNING)
                            && meeting.endsAt().toInstant().isBefore(clock.instant()))
                    .toList();
            if (!unfinished.isEmpty()) {
                blocks.add(new UnfinishedMeetings(unfinished));
            }
        }
        blocks.add(new UpcomingMeetings(mine.stream()
                .filter(meeting -> meeting.status() != MeetingStatus.CANCELLED
                        && meeting.status() != MeetingStatus.CLOSED
                        && meeting.endsAt().toInstant().isAfter(clock.instant()))
                .limit(SHOWN).toList()));
        blocks.add(new OpenActions(actions.myActions().stream().filter(action -> !action.done()).toList()));
        return blocks;
    }

    /** For a chair: the planned meetings with submitted cases that wait for her decision. */
    static final class WaitingDecisions extends Div {

        WaitingDecisions(List<WaitingRequests> waiting) {
            setId("start-requests");
            addClassName("start-panel");
            add(new H2(getTranslation("start.requests.title")));
            if (waiting.isEmpty()) {
                add(new Paragraph(getTranslation("start.requests.none")));
            }
            for (WaitingRequests meeting : waiting) {
                RouterLink link = new RouterLink(getTranslation("start.requests.line", meeting.requests(),
                        getTranslation(meeting.meetingType().messageKey()),
                        MeetingLabels.dateTime(getLocale(), meeting.meetingStartsAt())), MeetingView.class,
                        new RouteParameters("meetingId", String.valueOf(meeting.meetingId())));
                Div line = new Div(link);
                line.addClassName("start-line");
                add(line);
            }
        }
    }

    /**
     * Meetings whose time has passed without being closed: their cases still count as on the
     * agenda and their minutes are not locked until the chair closes (or cancels) them.
     */
    static final class UnfinishedMeetings extends Div {

        UnfinishedMeetings(List<MeetingSummary> unfinished) {
            setId("start-unfinished");
            addClassNames("start-panel", "overdue-action");
            add(new H2(getTranslation("start.unfinished.title")));
            add(new Paragraph(getTranslation("start.unfinished.explanation")));
            for (MeetingSummary meeting : unfinished) {
                Div line = new Div(new RouterLink(MeetingLabels.dateTime(getLocale(), meeting.startsAt()) + " · "
                        + getTranslation(meeting.type().messageKey()) + " · "
                        + getTranslation(meeting.status().messageKey()), MeetingView.class,
                        new RouteParameters("meetingId", String.valueOf(meeting.id()))));
                line.addClassName("start-line");
                add(line);
            }
        }
    }

    /** The next meetings the user chairs or is invited to, each a link to its page. */
    static final class UpcomingMeetings extends Div {

        UpcomingMeetings(List<MeetingSummary> next) {
            setId("start-meetings");
            addClassName("start-panel");
            add(new H2(getTranslation("start.meetings.title")));
            if (next.isEmpty()) {
                add(new Paragraph(getTranslation("start.meetings.none")));
            }
            for (MeetingSummary meeting : next) {
                RouterLink link = new RouterLink(MeetingLabels.dateTime(getLocale(), meeting.startsAt()) + " · "
                        + getTranslation(meeting.type().messageKey()), MeetingView.class,
                        new RouteParameters("meetingId", String.valueOf(meeting.id())));
                Div line = new Div(link);
                line.addClassName("start-line");
                Span where = new Span(MeetingLabels.where(meeting)
                        + (meeting.chairedByMe() ? " · " + getTranslation("meeting.role.chair") : ""));
                where.addClassName("user-detail");
                line.add(new Div(where));
                add(line);
            }
            add(new RouterLink(getTranslation("start.meetings.all"), MyMeetingsView.class));
        }
    }

    /** How many actions are open and overdue, and the first few by due date. */
    static final class OpenActions extends Div {

        OpenActions(List<AgreedAction> open) {
            setId("start-actions");
            addClassName("start-panel");
            add(new H2(getTranslation("start.actions.title")));
            long overdue = open.stream().filter(AgreedAction::overdue).count();
            Paragraph count = new Paragraph(open.isEmpty() ? getTranslation("start.actions.none")
                    : getTranslation("start.actions.count", open.size(), overdue));
            count.setId("start-actions-count");
            if (overdue > 0) {
                count.addClassName("overdue-action");
            }
            add(count);
            for (AgreedAction action : open.stream().limit(SHOWN).toList()) {
                Div line = new Div(new Span(Dates.written(getLocale(), action.dueOn()) + ": " + action.what()));
                line.addClassName("start-line");
                if (action.overdue()) {
                    line.addClassName("overdue-action");
                }
                add(line);
            }
            add(new RouterLink(getTranslation("start.actions.all"), MyActionsView.class));
        }
    }
}
