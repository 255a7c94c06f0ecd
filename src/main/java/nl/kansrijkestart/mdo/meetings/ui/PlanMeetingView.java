package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.meetings.MeetingDraft;
import nl.kansrijkestart.mdo.meetings.MeetingService;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.meetings.MeetingSummary.Participant;
import nl.kansrijkestart.mdo.meetings.MeetingType;
import nl.kansrijkestart.mdo.reference.MunicipalityService;
import nl.kansrijkestart.mdo.reference.MunicipalitySummary;
import nl.kansrijkestart.mdo.reference.RegionService;
import nl.kansrijkestart.mdo.reference.RegionSummary;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;

/** A chair plans a meeting, or a series of them, with the professionals to invite. */
@Route("overleggen/plannen")
@RolesAllowed("CHAIR")
public class PlanMeetingView extends VerticalLayout implements HasDynamicTitle {

    private final MeetingService meetings;
    final Select<MeetingType> type = new Select<>();
    final DatePicker date = new DatePicker();
    final TimePicker startTime = new TimePicker();
    final IntegerField duration = new IntegerField();
    final TextField place = new TextField();
    final TextField videoLink = new TextField();
    final ComboBox<MunicipalitySummary> municipality = new ComboBox<>();
    final ComboBox<RegionSummary> region = new ComboBox<>();
    final MultiSelectComboBox<Participant> participants = new MultiSelectComboBox<>();
    final RecurrenceFields recurrence = new RecurrenceFields();
    private final FieldErrors errors = new FieldErrors(this);

    PlanMeetingView(MeetingService meetings, MunicipalityService municipalities, RegionService regions) {
        this.meetings = meetings;
        configureFields(municipalities.municipalities().stream().filter(MunicipalitySummary::active).toList(),
                regions.regions());
        FormLayout form = new FormLayout(type, date, startTime, duration, place, videoLink, municipality, region,
                participants);
        form.setColspan(participants, 2);
        Button save = new Button(getTranslation("meeting.save"), click -> save());
        save.setId("save-meeting");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("agenda.submit.cancel"), click -> MeetingNavigation.toMyMeetings());
        add(new H1(getTranslation("meeting.plan")), form, recurrence, new HorizontalLayout(save, cancel));
        errors.bind("type", type).bind("date", date).bind("startTime", startTime).bind("duration", duration)
                .bind("place", place).bind("videoLink", videoLink).bind("municipality", municipality)
                .bind("participants", participants).bind("count", recurrence.count)
                .bind("interval", recurrence.interval);
    }

    private void configureFields(List<MunicipalitySummary> municipalityList, List<RegionSummary> regionList) {
        type.setLabel(getTranslation("meeting.type"));
        type.setItems(MeetingType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        type.setValue(MeetingType.MDO_VULNERABLE_PREGNANCY);
        date.setLabel(getTranslation("meeting.date"));
        date.setLocale(getLocale());
        startTime.setLabel(getTranslation("meeting.start-time"));
        startTime.setValue(LocalTime.of(13, 0));
        duration.setLabel(getTranslation("meeting.duration"));
        duration.setValue(90);
        place.setLabel(getTranslation("meeting.place"));
        videoLink.setLabel(getTranslation("meeting.video-link"));
        videoLink.setPlaceholder("https://");
        municipality.setLabel(getTranslation("meeting.municipality"));
        municipality.setItems(municipalityList);
        municipality.setItemLabelGenerator(MunicipalitySummary::label);
        municipality.setClearButtonVisible(true);
        region.setLabel(getTranslation("meeting.region"));
        region.setItems(regionList);
        region.setItemLabelGenerator(RegionSummary::name);
        region.setClearButtonVisible(true);
        participants.setLabel(getTranslation("meeting.participants"));
        participants.setItems(ParticipantPicker.fetch(meetings));
        participants.setItemLabelGenerator(p -> ParticipantPicker.label(this, p));
    }

    private void save() {
        MeetingDraft draft = new MeetingDraft(type.getValue(), date.getValue(), startTime.getValue(),
                duration.getValue(), place.getValue(), videoLink.getValue(),
                municipality.getValue() == null ? null : municipality.getValue().code(),
                region.getValue() == null ? null : region.getValue().code(),
                participants.getValue().stream().map(Participant::userId).collect(Collectors.toSet()));
        try {
            List<MeetingSummary> planned = meetings.planSeries(draft, recurrence.value());
            Notification.show(planned.size() == 1 ? getTranslation("meeting.planned")
                    : getTranslation("meeting.series-planned", planned.size()));
            MeetingNavigation.toMeeting(planned.getFirst().id());
        } catch (InvalidInputException refused) {
            errors.show(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.plan");
    }
}
