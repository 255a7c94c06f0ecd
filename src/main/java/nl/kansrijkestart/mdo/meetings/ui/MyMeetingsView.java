package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;
import nl.kansrijkestart.mdo.meetings.MeetingAgenda;
import nl.kansrijkestart.mdo.meetings.MeetingService;
import nl.kansrijkestart.mdo.meetings.MeetingStatus;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.meetings.Submission;
import nl.kansrijkestart.mdo.shared.CurrentAuthentication;
import nl.kansrijkestart.mdo.shared.ui.GridRows;

/** The meetings the user chairs or is invited to, upcoming and past, and the cases they submitted. */
@Route("overleggen")
@RolesAllowed({"PROFESSIONAL", "CHAIR"})
@Menu(order = 20, title = "menu.my-meetings", icon = "vaadin:calendar-user")
public class MyMeetingsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<MeetingSummary> upcoming = meetingGrid("upcoming-meetings");
    final Grid<MeetingSummary> past = meetingGrid("past-meetings");
    final Grid<Submission> submissions = new Grid<>();

    MyMeetingsView(MeetingService meetings, MeetingAgenda agenda, CurrentAuthentication authentication, Clock clock) {
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("meeting.my-meetings")));
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (authentication.hasRole("CHAIR")) {
            Button plan = new Button(getTranslation("meeting.plan"), VaadinIcon.PLUS.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(PlanMeetingView.class)));
            plan.setId("plan-meeting");
            plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(plan);
        }
        List<MeetingSummary> mine = meetings.myMeetings();
        Predicate<MeetingSummary> isPast = meeting -> meeting.endsAt().toInstant().isBefore(clock.instant());
        upcoming.setItems(mine.stream().filter(isPast.negate()).toList());
        past.setItems(mine.stream().filter(isPast).toList().reversed());
        add(header, new H2(getTranslation("meeting.upcoming")), upcoming, new H2(getTranslation("meeting.past")), past);
        if (authentication.hasRole("PROFESSIONAL")) {
            configureSubmissions(agenda.mySubmissions());
            add(new H2(getTranslation("agenda.my-submissions")), submissions);
        }
    }

    private Grid<MeetingSummary> meetingGrid(String id) {
        Grid<MeetingSummary> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("meeting.none"));
        grid.addColumn(m -> MeetingLabels.dateTime(getLocale(), m.startsAt())).setHeader(getTranslation("meeting.when"))
                .setAutoWidth(true);
        grid.addColumn(m -> getTranslation(m.type().messageKey())).setHeader(getTranslation("meeting.type"));
        grid.addColumn(MeetingLabels::where).setHeader(getTranslation("meeting.place"));
        grid.addColumn(MeetingSummary::chairName).setHeader(getTranslation("meeting.chair"));
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("meeting.status")).setKey("status")
                .setAutoWidth(true);
        grid.addColumn(m -> getTranslation(m.chairedByMe() ? "meeting.role.chair" : "meeting.role.participant"))
                .setHeader(getTranslation("meeting.my-role"));
        GridRows.openOnClickOrEnter(grid, meeting -> MeetingNavigation.toMeeting(meeting.id()));
        grid.setPartNameGenerator(m -> m.status() == MeetingStatus.CANCELLED ? "cancelled-meeting" : null);
        return grid;
    }

    /** A cancelled meeting must not look like one to go to. */
    private Span statusBadge(MeetingSummary meeting) {
        Span badge = new Span(getTranslation(meeting.status().messageKey()));
        badge.addClassName(meeting.status() == MeetingStatus.CANCELLED ? "cancelled-badge" : "case-status-badge");
        return badge;
    }

    private void configureSubmissions(List<Submission> mine) {
        submissions.setId("my-submissions");
        submissions.addThemeVariants(GridVariant.LUMO_COMPACT);
        submissions.setAllRowsVisible(true);
        submissions.setEmptyStateText(getTranslation("agenda.no-submissions"));
        submissions.addColumn(Submission::caseNumber).setHeader(getTranslation("agenda.case-number"))
                .setAutoWidth(true);
        submissions.addColumn(s -> getTranslation(s.meetingType().messageKey()) + ", "
                + MeetingLabels.dateTime(getLocale(), s.meetingStartsAt())).setHeader(getTranslation("agenda.meeting"));
        submissions.addColumn(s -> getTranslation(s.status().messageKey())).setHeader(getTranslation("agenda.status"));
        submissions.addColumn(this::reason).setHeader(getTranslation("agenda.reason"));
        submissions.setItems(mine);
    }

    private String reason(Submission submission) {
        if (submission.removalReason() != null) {
            return getTranslation(submission.removalReason());
        }
        return submission.rejectionReason() == null ? "" : submission.rejectionReason();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.my-meetings");
    }
}
