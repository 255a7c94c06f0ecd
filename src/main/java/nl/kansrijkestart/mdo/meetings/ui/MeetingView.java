package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.shared.CurrentAuthentication;
import nl.kansrijkestart.mdo.meetings.ActionService;
import nl.kansrijkestart.mdo.meetings.AddendumService;
import nl.kansrijkestart.mdo.meetings.CaseRolesService;
import nl.kansrijkestart.mdo.meetings.AttendanceService;
import nl.kansrijkestart.mdo.meetings.InvitationCalendar;
import nl.kansrijkestart.mdo.meetings.ConclusionService;
import nl.kansrijkestart.mdo.meetings.OutcomeService;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.meetings.AgendaService;
import nl.kansrijkestart.mdo.meetings.CurrentItemService;
import nl.kansrijkestart.mdo.meetings.MeetingChanged;
import nl.kansrijkestart.mdo.meetings.MeetingRoom;
import nl.kansrijkestart.mdo.meetings.NotesService;
import nl.kansrijkestart.mdo.meetings.MeetingAgenda;
import nl.kansrijkestart.mdo.meetings.MeetingNotFoundException;
import nl.kansrijkestart.mdo.meetings.MeetingPlanService;
import nl.kansrijkestart.mdo.meetings.MeetingService;
import nl.kansrijkestart.mdo.meetings.MeetingStatus;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import org.jspecify.annotations.Nullable;

/**
 * One meeting for its chair and invited participants: time, place, who is invited, the agenda as
 * far as the consent lets the viewer see it, and the invitation as a calendar file. Anybody else
 * gets the "not found" page, whatever the address says.
 */
@Route("overleggen/:meetingId([0-9]{1,18})")
@RolesAllowed({"PROFESSIONAL", "CHAIR"})
public class MeetingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final MeetingAgenda agenda;
    private final AgendaService agendaService;
    private final CaseService cases;
    private final OutcomeService outcomes;
    private final ActionService actions;
    private final AttendanceService attendance;
    private final boolean professional;
    private final CurrentItemService currentItems;
    private final MeetingRoom room;
    private final CurrentAuthentication authentication;
    private final NotesService notes;
    private final Clock clock;
    private final ConclusionService conclusions;
    private final AddendumService addenda;
    private final CaseRolesService caseRoles;
    private final MeetingPlanService planChanges;
    private final LivePresence presence = new LivePresence();
    private final LiveTexts live = new LiveTexts();
    private @Nullable MeetingSummary current;
    private MeetingRoom.@Nullable Seat seat;
    private byte[] invitation = new byte[0];

    MeetingView(MeetingService meetings, MeetingAgenda agenda, AgendaService agendaService, CaseService cases,
            OutcomeService outcomes, ActionService actions, AttendanceService attendance,
            CurrentItemService currentItems, NotesService notes, ConclusionService conclusions,
            AddendumService addenda, CaseRolesService caseRoles, MeetingPlanService planChanges, MeetingRoom room,
            CurrentAuthentication authentication, Clock clock) {
        this.planChanges = planChanges;
        this.caseRoles = caseRoles;
        this.notes = notes;
        this.addenda = addenda;
        this.conclusions = conclusions;
        this.currentItems = currentItems;
        this.room = room;
        this.meetings = meetings;
        this.agenda = agenda;
        this.agendaService = agendaService;
        this.cases = cases;
        this.outcomes = outcomes;
        this.actions = actions;
        this.attendance = attendance;
        this.professional = authentication.hasRole("PROFESSIONAL");
        this.authentication = authentication;
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long meetingId = Long.parseLong(event.getRouteParameters().get("meetingId").orElse("0"));
        try {
            show(meetings.open(meetingId));
        } catch (MeetingNotFoundException unknownOrNotInvited) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    MeetingSummary current() {
        if (current == null) {
            throw new IllegalStateException("No meeting shown");
        }
        return current;
    }

    private void show(MeetingSummary meeting) {
        current = meeting;
        invitation = InvitationCalendar.ics(meeting, getTranslation(meeting.type().messageKey()),
                getTranslation("meeting.ics.chair", meeting.chairName()));
        removeAll();
        add(new H1(getTranslation(meeting.type().messageKey())), presence, details(meeting), actions(meeting));
        if (meeting.chairedByMe() && meeting.status() == MeetingStatus.PLANNED) {
            add(new InvitePanel(meetings, meeting, this::reload),
                    new PlanChangePanel(planChanges, meeting, this::reload));
        }
        if (meeting.status() == MeetingStatus.RUNNING || meeting.status() == MeetingStatus.CLOSED) {
            add(new AttendancePanel(attendance, meeting, this::reload));
        }
        live.clear();
        add(new H2(getTranslation("agenda.title")),
                new AgendaList(agenda.agenda(meeting.id()), meeting, agendaService, movableTargets(meeting),
                        new ItemOutcomes(outcomes, conclusions, caseRoles, actions, meeting, live,
                                new ItemAddenda(addenda, meeting, clock, getLocale(), this::reload), this::reload),
                        new CurrentItem(currentItems, notes, meeting, live), this::reload));
    }

    private VerticalLayout details(MeetingSummary meeting) {
        VerticalLayout details = new VerticalLayout(
                new Paragraph(MeetingLabels.when(getLocale(), meeting)),
                new Paragraph(getTranslation("meeting.place") + ": " + MeetingLabels.where(meeting)),
                new Paragraph(getTranslation("meeting.chair") + ": " + meeting.chairName()),
                new Paragraph(getTranslation("meeting.status") + ": " + getTranslation(meeting.status().messageKey())),
                new Paragraph(getTranslation("meeting.participants") + ": " + meeting.participants().stream()
                        .map(p -> ParticipantPicker.label(this, p)).collect(Collectors.joining(", "))));
        if (!meeting.guests().isEmpty()) {
            details.add(new Paragraph(getTranslation("meeting.guests") + ": " + meeting.guests().stream()
                    .map(g -> g.name() + " (" + g.organisation() + ")").collect(Collectors.joining(", "))));
        }
        details.setPadding(false);
        details.setSpacing(false);
        details.setId("meeting-details");
        return details;
    }

    private HorizontalLayout actions(MeetingSummary meeting) {
        Anchor ics = new Anchor(this::download, getTranslation("meeting.download-ics"));
        ics.setId("download-ics");
        HorizontalLayout actions = new HorizontalLayout(ics);
        actions.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        if (professional && meeting.status() == MeetingStatus.PLANNED) {
            Button submit = new Button(getTranslation("agenda.submit"), VaadinIcon.PLUS.create(),
                    click -> new SubmitCaseDialog(cases, agendaService, meeting.id(), this::reload).open());
            submit.setId("submit-case");
            actions.addComponentAsFirst(submit);
        }
        if (meeting.chairedByMe()) {
            new MeetingRunControls(outcomes, meeting, this::reload).addTo(actions);
        }
        return actions;
    }

    /** Other upcoming meetings of the same chair, where an item may be moved to. */
    private List<MeetingSummary> movableTargets(MeetingSummary meeting) {
        if (!meeting.chairedByMe()) {
            return List.of();
        }
        return meetings.myMeetings().stream()
                .filter(other -> other.chairedByMe() && other.id() != meeting.id())
                .filter(other -> other.status() == MeetingStatus.PLANNED
                        && other.startsAt().toInstant().isAfter(clock.instant()))
                .toList();
    }

    /** Rebuilds the page; live texts typed here and not saved yet are carried over, never dropped. */
    private void reload() {
        List<SharedTextEditor.Draft> typing = live.unsaved();
        show(meetings.open(current().id()));
        live.restore(typing);
    }

    /** Every open page of the meeting joins its room, so it follows the others without reloading. */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        long meetingId = current().id();
        seat = LiveUpdates.join(room, meetingId, attachEvent.getUI(), authentication, this::follow);
        live.seat(seat);
        presence.show(room.online(meetingId));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        live.seat(null);
        if (seat != null) {
            seat.leave();
            seat = null;
        }
    }

    private void follow(MeetingChanged change) {
        if (change.change() == MeetingChanged.Change.ONLINE) {
            presence.show(room.online(change.meetingId()));
        } else if (!live.follow(change)) {
            reload();
        }
    }

    /** Runs outside the UI lock: it only writes the file prepared when the page was shown. */
    private void download(DownloadEvent event) throws IOException {
        event.setFileName("overleg-" + current().startsAt().toLocalDate() + ".ics");
        event.setContentType("text/calendar;charset=UTF-8");
        try (OutputStream out = event.getOutputStream()) {
            out.write(invitation);
        }
    }

    @Override
    public String getPageTitle() {
        return current == null ? getTranslation("meeting.my-meetings")
                : getTranslation(current.type().messageKey()) + " " + MeetingLabels.dateTime(getLocale(),
                        current.startsAt());
    }
}
