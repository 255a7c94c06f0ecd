package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
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
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.meetings.AgendaEntry;
import nl.kansrijkestart.mdo.meetings.InvitationCalendar;
import nl.kansrijkestart.mdo.meetings.MeetingChanged;
import nl.kansrijkestart.mdo.meetings.MeetingNotFoundException;
import nl.kansrijkestart.mdo.meetings.MeetingRoom;
import nl.kansrijkestart.mdo.meetings.MeetingStatus;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.shared.CurrentAuthentication;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * One meeting for its chair and invited participants: time, place, who is invited, the agenda as
 * far as the consent lets the viewer see it, and the invitation as a calendar file. Anybody else
 * gets the "not found" page, whatever the address says.
 *
 * <p>While it is open the page follows the meeting live, in proportion to what changed: each part
 * owns one region and its updates ({@link LivePresence} who is here, {@link AttendancePanel} who
 * attends, {@link CurrentItem} the item under discussion and the shared notes, {@link LiveTexts}
 * the live texts and who types in them, {@link ItemOutcomes} outcomes, agreed actions and referrals), and
 * re-reads only that region through the services, as this page's viewer. A move of the current
 * item is applied from the change itself (item and version), without a read: it discloses nothing
 * this page does not show already. Changes of the plan, of the meeting's status and addenda rebuild
 * the page.
 *
 * <p>After any change of who may see what ({@link MeetingChanged.Change#ACCESS}: a consent, a care
 * team, the agenda, an account; the plan and the participants come as
 * {@link MeetingChanged.Change#PLANNING}) the page decides again, as its viewer, what it shows: it
 * reads the meeting and its agenda through the services and rebuilds when they differ from what it
 * shows, so an item its viewer may no longer see turns anonymised at once. A viewer who may no
 * longer see the meeting at all (taken off it, her account disabled) or whose meeting was
 * cancelled keeps no meeting content on her screen: the page says why, leaves the room (the others
 * see her gone) and follows nothing more, so nothing more is read in her name.
 */
@Route("overleggen/:meetingId([0-9]{1,18})")
@RolesAllowed({"PROFESSIONAL", "CHAIR"})
public class MeetingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(MeetingView.class);

    private final MeetingPageServices services;
    private final MeetingRoom room;
    private final CurrentAuthentication authentication;
    private final boolean professional;
    private final LivePresence presence = new LivePresence();
    private final LiveTexts live = new LiveTexts();
    private @Nullable MeetingSummary current;
    /** The meeting as the page was last built from; {@link #current} may have a newer version since. */
    private @Nullable MeetingSummary built;
    /** The agenda as this page's viewer was allowed to see it when the page was last built. */
    private List<AgendaEntry> agendaShown = List.of();
    /** The viewer may no longer see this meeting: the page shows why, and nothing else, until closed. */
    private boolean ended;
    /**
     * The meeting's newest version this page knows of, for the chair's buttons: the version it was
     * built from, or a later one a move or a mark of attendance (here or elsewhere) brought.
     */
    private long version;
    private @Nullable CurrentItem currentItem;
    private @Nullable AttendancePanel attendancePanel;
    private @Nullable ItemOutcomes itemOutcomes;
    private @Nullable ItemReferrals itemReferrals;
    private MeetingRoom.@Nullable Seat seat;
    private @Nullable Registration heartbeat;
    private byte[] invitation = new byte[0];

    MeetingView(MeetingPageServices services, MeetingRoom room, CurrentAuthentication authentication) {
        this.services = services;
        this.room = room;
        this.authentication = authentication;
        this.professional = authentication.hasRole("PROFESSIONAL");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long meetingId = Long.parseLong(event.getRouteParameters().get("meetingId").orElse("0"));
        try {
            show(services.meetings().open(meetingId));
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

    private long version() {
        return version;
    }

    /** A change told the meeting's version after it; the page keeps the newest. */
    private void knowVersion(long told) {
        version = Math.max(version, told);
    }

    private void show(MeetingSummary meeting) {
        show(meeting, services.agenda().agenda(meeting.id()));
    }

    private void show(MeetingSummary meeting, List<AgendaEntry> agenda) {
        current = meeting;
        agendaShown = agenda;
        built = meeting;
        version = meeting.version();
        invitation = InvitationCalendar.ics(meeting, getTranslation(meeting.type().messageKey()),
                getTranslation("meeting.ics.chair", meeting.chairName()));
        removeAll();
        add(new H1(getTranslation(meeting.type().messageKey())), presence, details(meeting), actions(meeting));
        if (meeting.chairedByMe() && meeting.status() == MeetingStatus.PLANNED) {
            add(new InvitePanel(services.meetings(), meeting, this::reload),
                    new PlanChangePanel(services.planChanges(), meeting, this::reload));
        }
        attendancePanel = null;
        if (meeting.status() == MeetingStatus.RUNNING || meeting.status() == MeetingStatus.CLOSED) {
            attendancePanel = new AttendancePanel(services.attendance(), meeting, this::version, this::knowVersion);
            add(attendancePanel);
        }
        live.clear();
        currentItem = new CurrentItem(services.currentItems(), services.notes(), meeting, this::version,
                this::knowVersion, live);
        ItemAddenda addenda = new ItemAddenda(services.addenda(), meeting, services.clock(), getLocale(),
                this::reload);
        itemReferrals = new ItemReferrals(services.referrals(), meeting.id());
        itemOutcomes = new ItemOutcomes(services.outcomes(), services.conclusions(), services.caseRoles(),
                services.actions(), meeting, live, addenda, itemReferrals);
        add(new H2(getTranslation("agenda.title")),
                new AgendaList(agenda, meeting, services.agendaService(),
                        movableTargets(meeting), itemOutcomes, currentItem, this::reload));
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
                    click -> new SubmitCaseDialog(services.cases(), services.agendaService(), meeting.id(),
                            this::reload).open());
            submit.setId("submit-case");
            actions.addComponentAsFirst(submit);
        }
        if (meeting.chairedByMe()) {
            new MeetingRunControls(services.outcomes(), meeting, this::version, this::reload).addTo(actions);
        }
        return actions;
    }

    /** Other upcoming meetings of the same chair, where an item may be moved to. */
    private List<MeetingSummary> movableTargets(MeetingSummary meeting) {
        if (!meeting.chairedByMe()) {
            return List.of();
        }
        return services.meetings().myMeetings().stream()
                .filter(other -> other.chairedByMe() && other.id() != meeting.id())
                .filter(other -> other.status() == MeetingStatus.PLANNED
                        && other.startsAt().toInstant().isAfter(services.clock().instant()))
                .toList();
    }

    /** Rebuilds the page; live texts typed here and not saved yet are carried over, never dropped. */
    private void reload() {
        rebuild(services.meetings().open(current().id()));
    }

    private void rebuild(MeetingSummary meeting) {
        rebuild(meeting, services.agenda().agenda(meeting.id()));
    }

    private void rebuild(MeetingSummary meeting, List<AgendaEntry> agenda) {
        List<SharedTextEditor.Draft> typing = live.unsaved();
        show(meeting, agenda);
        live.restore(typing);
    }

    /** Reads everything again, as {@link #reload} does, unless the meeting was cancelled meanwhile. */
    private void readAgain() {
        MeetingSummary meeting = services.meetings().open(current().id());
        if (!cancelledSinceShown(meeting)) {
            rebuild(meeting);
        }
    }

    /**
     * Who may see what changed: the page reads the meeting and the agenda as its viewer may see them
     * now and rebuilds only when that differs from what it shows (an item hidden or shown again, an
     * item gone). The parts below the agenda read their texts per item through the same consent
     * rule, so a rebuild brings them in line too.
     */
    private void accessChanged() {
        MeetingSummary meeting = services.meetings().open(current().id());
        if (cancelledSinceShown(meeting)) {
            return;
        }
        List<AgendaEntry> agenda = services.agenda().agenda(meeting.id());
        if (!meeting.equals(built) || !agenda.equals(agendaShown)) {
            rebuild(meeting, agenda);
        }
    }

    /** A meeting cancelled while its page was open ends the page (see {@link #end}); true then. */
    private boolean cancelledSinceShown(MeetingSummary meeting) {
        MeetingSummary shown = built;
        if (meeting.status() == MeetingStatus.CANCELLED && shown != null
                && shown.status() != MeetingStatus.CANCELLED) {
            end("live.cancelled");
            return true;
        }
        return false;
    }

    /**
     * The viewer may no longer see this meeting: everything of it leaves the screen but its kind and
     * why, the page leaves the room (the others see her gone) and follows no more changes, so
     * nothing more is read in her name. Only a new visit, through the services, can show it again.
     */
    private void end(String reasonKey) {
        log.info("An open page of meeting {} no longer shows it ({}); it leaves the room", current().id(), reasonKey);
        ended = true;
        leaveRoom();
        live.clear();
        currentItem = null;
        attendancePanel = null;
        itemOutcomes = null;
        agendaShown = List.of();
        invitation = new byte[0];
        removeAll();
        Paragraph why = new Paragraph(getTranslation(reasonKey));
        why.setId("meeting-ended");
        RouterLink back = new RouterLink(getTranslation("meeting.my-meetings"), MyMeetingsView.class);
        add(new H1(getTranslation(current().type().messageKey())), new Div(why), back);
    }

    /**
     * The plan or the status changed: the page is rebuilt unless it was built from that change
     * already, as the page that made it is (its click rebuilt it). A second rebuild would replace
     * the fields and buttons the person uses right after, and what is on its way from the browser
     * to a replaced field or button (a click, typing) would be lost.
     */
    private void planOrStatusChanged(MeetingChanged.Change change) {
        MeetingSummary meeting = services.meetings().open(current().id());
        if (cancelledSinceShown(meeting)) {
            return;
        }
        MeetingSummary shown = built;
        boolean known = shown != null && switch (change) {
            case PLANNING -> shown.version() == meeting.version();
            default -> shown.status() == meeting.status();
        };
        if (!known) {
            rebuild(meeting);
        }
    }

    /**
     * A move of the current item or a change of attendance gives the meeting a new version, which
     * only the chair's buttons need. The change tells it; only a change that does not (from a node
     * that does not tell yet) makes the chair's page read the meeting, which holds no case content
     * (its read is not logged).
     */
    private void versionOf(MeetingChanged change) {
        Long told = change.version();
        if (told != null) {
            knowVersion(told);
        } else if (current().chairedByMe()) {
            current = services.meetings().open(current().id());
            knowVersion(current().version());
        }
    }

    /**
     * The chair moved the discussion: applied from the change (item and version) without reading
     * anything; a move older than the one shown is ignored by {@link CurrentItem}.
     */
    private void currentItemMoved(MeetingChanged change) {
        versionOf(change);
        if (currentItem == null) {
            return;
        }
        Long item = change.itemId();
        Long told = change.version();
        if (item != null && told != null) {
            currentItem.moved(item, told);
        } else {
            currentItem.reread();
        }
    }

    private void attendanceChanged(MeetingChanged change) {
        versionOf(change);
        if (attendancePanel != null) {
            attendancePanel.refresh(change.version());
        }
    }

    /**
     * Every open page of the meeting joins its room, so it follows the others without reloading.
     * Each heartbeat of the page keeps it in the room. A page that went silent (laptop closed) was
     * taken out of the room; when its heartbeat comes back it enters again and catches up from the
     * database.
     */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        enterRoom(attachEvent.getUI());
        heartbeat = attachEvent.getUI().addHeartbeatListener(beat -> {
            MeetingRoom.Seat mine = seat;
            if (mine == null || ended) {
                return;
            }
            if (mine.inRoom()) {
                mine.heard();
            } else {
                asViewer(() -> {
                    enterRoom(beat.getSource());
                    reload();
                });
            }
        });
    }

    private void enterRoom(UI ui) {
        long meetingId = current().id();
        seat = LiveUpdates.join(room, meetingId, ui, authentication, this::follow);
        live.seat(seat);
        presence.show(room.online(meetingId));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        leaveRoom();
    }

    private void leaveRoom() {
        if (heartbeat != null) {
            heartbeat.remove();
            heartbeat = null;
        }
        live.seat(null);
        if (seat != null) {
            seat.leave();
            seat = null;
        }
    }

    /**
     * Passes each change to the part that owns what changed; only what that part shows is read
     * again. Nothing once the page ended; a read that finds the viewer may not see what the page
     * shows makes the page decide again.
     */
    private void follow(MeetingChanged change) {
        if (!ended) {
            asViewer(() -> followAsViewer(change));
        }
    }

    /**
     * Runs a read of the page as its viewer. The meeting no longer open to her (taken off it, her
     * account disabled or gone) ends the page; an item she may no longer see makes the page decide
     * again what it shows.
     */
    private void asViewer(Runnable read) {
        try {
            try {
                read.run();
            } catch (AccessDeniedException outsideScopeNow) {
                accessChanged();
            }
        } catch (MeetingNotFoundException | AuthenticationException | AccessDeniedException noLongerHers) {
            end("live.no-longer-participant");
        }
    }

    private void followAsViewer(MeetingChanged change) {
        switch (change.change()) {
            case ONLINE -> presence.show(room.online(change.meetingId()));
            case EDITING, EDITING_STOPPED, CONCLUSION -> live.follow(change);
            case NOTES -> {
                if (!live.follow(change) && currentItem != null && change.itemId() != null) {
                    currentItem.noteChanged(change.itemId());
                }
            }
            case CURRENT_ITEM -> currentItemMoved(change);
            case ATTENDANCE -> attendanceChanged(change);
            case OUTCOME -> {
                if (itemOutcomes != null) {
                    itemOutcomes.refresh();
                }
            }
            // A referral moved on after the meeting recorded it: only the referral lines are read again.
            case REFERRALS -> {
                if (itemReferrals != null) {
                    itemReferrals.refresh();
                }
            }
            case PLANNING, STARTED, CLOSED -> planOrStatusChanged(change.change());
            // RESYNC: this node may have missed changes of other nodes, so everything is read again.
            case ADDENDUM, RESYNC -> readAgain();
            case ACCESS -> accessChanged();
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
