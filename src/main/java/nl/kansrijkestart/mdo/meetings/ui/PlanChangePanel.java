package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.util.function.Supplier;
import nl.kansrijkestart.mdo.meetings.MeetingPlanService;
import nl.kansrijkestart.mdo.meetings.MeetingSchedule;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;

/** The chair changes a planned meeting: time, place and link, who is invited, or cancels it. */
class PlanChangePanel extends Details {

    final DatePicker date = new DatePicker();
    final TimePicker startTime = new TimePicker();
    final IntegerField duration = new IntegerField();
    final TextField place = new TextField();
    final TextField videoLink = new TextField();
    final Select<MeetingSummary.Participant> invitee = new Select<>();
    private final FieldErrors errors;

    PlanChangePanel(MeetingPlanService service, MeetingSummary meeting, Runnable reload) {
        setSummaryText(getTranslation("meeting.change"));
        setId("plan-change-panel");
        date.setLabel(getTranslation("meeting.date"));
        date.setValue(meeting.startsAt().toLocalDate());
        startTime.setLabel(getTranslation("meeting.start-time"));
        startTime.setValue(meeting.startsAt().toLocalTime());
        duration.setLabel(getTranslation("meeting.duration"));
        duration.setValue(meeting.durationMinutes());
        place.setLabel(getTranslation("meeting.place"));
        place.setValue(meeting.place() == null ? "" : meeting.place());
        videoLink.setLabel(getTranslation("meeting.video-link"));
        videoLink.setValue(meeting.videoLink() == null ? "" : meeting.videoLink());
        invitee.setLabel(getTranslation("meeting.uninvite.who"));
        invitee.setItems(meeting.participants());
        invitee.setItemLabelGenerator(p -> p == null ? "" : ParticipantPicker.label(this, p));
        errors = new FieldErrors(this).bind("date", date).bind("startTime", startTime).bind("duration", duration)
                .bind("place", place).bind("videoLink", videoLink).bind("participants", invitee);
        Button save = new Button(getTranslation("meeting.change.save"), click -> save(reload,
                () -> service.reschedule(meeting.id(), meeting.version(), new MeetingSchedule(date.getValue(),
                        startTime.getValue(), duration.getValue(), place.getValue(), videoLink.getValue()))));
        save.setId("save-plan-change");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button uninvite = new Button(getTranslation("meeting.uninvite"), click -> {
            if (invitee.getValue() != null) {
                save(reload, () -> service.uninvite(meeting.id(), meeting.version(), invitee.getValue().userId()));
            }
        });
        uninvite.setId("uninvite");
        Button cancel = new Button(getTranslation("meeting.cancel"), click -> confirmCancel(service, meeting, reload));
        cancel.setId("cancel-meeting");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout when = new HorizontalLayout(date, startTime, duration);
        HorizontalLayout where = new HorizontalLayout(place, videoLink);
        HorizontalLayout who = new HorizontalLayout(invitee, uninvite);
        who.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.BASELINE);
        add(new VerticalLayout(when, where, save, who, cancel));
    }

    private void confirmCancel(MeetingPlanService service, MeetingSummary meeting, Runnable reload) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("meeting.cancel"),
                getTranslation("meeting.cancel.explain"), getTranslation("meeting.cancel.confirm"),
                event -> save(reload, () -> service.cancel(meeting.id(), meeting.version())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("agenda.submit.cancel"));
        confirm.setId("confirm-cancel-meeting");
        confirm.open();
    }

    private void save(Runnable reload, Supplier<MeetingSummary> change) {
        try {
            change.get();
            reload.run();
        } catch (InvalidInputException refused) {
            errors.show(refused);
        }
    }
}
