package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.meetings.Attendance;
import nl.kansrijkestart.mdo.meetings.Attendance.Attendee;
import nl.kansrijkestart.mdo.meetings.AttendanceService;
import nl.kansrijkestart.mdo.meetings.MeetingStatus;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import org.jspecify.annotations.Nullable;

/**
 * Who is present, and a warning naming each missing core discipline; the chair ticks presence. A
 * change of attendance redraws only this panel; attendance holds no case content. A change this
 * panel shows already (the chair's own mark coming back, or one overtaken by a later mark) is not
 * read again.
 */
class AttendancePanel extends VerticalLayout {

    private final AttendanceService service;
    private final MeetingSummary meeting;
    private final LongSupplier version;
    private final LongConsumer changed;
    /** The meeting's version of the attendance shown. */
    private long shownVersion;

    /**
     * {@code version} is the meeting's version as the page knows it now; {@code changed} takes the
     * meeting's new version after the chair marked someone here: presence changes it.
     */
    AttendancePanel(AttendanceService service, MeetingSummary meeting, LongSupplier version, LongConsumer changed) {
        this.service = service;
        this.meeting = meeting;
        this.version = version;
        this.changed = changed;
        setId("attendance");
        setPadding(false);
        show(service.attendance(meeting.id()));
    }

    /**
     * Someone's attendance changed, and the meeting has {@code version} since ({@code null}: not
     * told): reads it again unless this panel shows that version or a later one.
     */
    void refresh(@Nullable Long version) {
        if (version == null || version > shownVersion) {
            show(service.attendance(meeting.id()));
        }
    }

    private void show(Attendance attendance) {
        shownVersion = attendance.meetingVersion();
        removeAll();
        add(new H2(getTranslation("attendance.title")), quorum(attendance));
        boolean chairMarks = meeting.chairedByMe() && meeting.status() == MeetingStatus.RUNNING;
        attendance.attendees().forEach(attendee -> add(chairMarks ? checkbox(attendee) : line(attendee)));
    }

    private Span quorum(Attendance attendance) {
        Span quorum = new Span(attendance.quorum() ? getTranslation("attendance.quorum")
                : getTranslation("attendance.no-quorum", names(attendance.missingCore())));
        quorum.setId("quorum");
        quorum.addClassName(attendance.quorum() ? "quorum-met" : "quorum-warning");
        if (!attendance.missingIdeal().isEmpty()) {
            quorum.add(new Span(" " + getTranslation("attendance.ideal-missing", names(attendance.missingIdeal()))));
        }
        return quorum;
    }

    private Checkbox checkbox(Attendee attendee) {
        Checkbox present = new Checkbox(label(attendee), attendee.present());
        present.setId("present-" + attendee.key());
        present.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                Attendance marked = service.mark(meeting.id(), attendee.key(), change.getValue(),
                        version.getAsLong());
                changed.accept(marked.meetingVersion());
                show(marked);
            }
        });
        return present;
    }

    private Paragraph line(Attendee attendee) {
        return new Paragraph(label(attendee) + ": "
                + getTranslation(attendee.present() ? "attendance.present" : "attendance.absent"));
    }

    private String label(Attendee attendee) {
        return attendee.name() + " (" + getTranslation(attendee.discipline().messageKey()) + ")"
                + (attendee.guest() ? " – " + getTranslation("attendance.guest") : "");
    }

    private String names(List<Discipline> disciplines) {
        return disciplines.stream().map(d -> getTranslation(d.messageKey())).collect(Collectors.joining(", "));
    }
}
