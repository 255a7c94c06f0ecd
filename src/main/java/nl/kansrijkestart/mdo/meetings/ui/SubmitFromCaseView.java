package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import nl.kansrijkestart.mdo.cases.CaseNotAccessibleException;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.meetings.AgendaService;
import nl.kansrijkestart.mdo.meetings.MeetingService;
import nl.kansrijkestart.mdo.meetings.MeetingStatus;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.meetings.SubmissionRefusedException;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;

/**
 * Submitting a case from its own page: a care-team member chooses one of the upcoming meetings
 * they are invited to (or chair) and gives the question. The case page links here by address only,
 * so the cases module needs nothing of the meetings module. The consent check is the service's, as
 * when submitting from the meeting page.
 */
@Route("overleggen/aanmelden/:caseNumber")
@RolesAllowed("PROFESSIONAL")
public class SubmitFromCaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Select<MeetingSummary> meeting = new Select<>();
    final TextArea question = new TextArea();
    final Checkbox parentsAttend = new Checkbox();
    private final CaseService cases;
    private final MeetingService meetings;
    private final AgendaService agenda;
    private final Clock clock;
    private String caseNumber = "";

    SubmitFromCaseView(CaseService cases, MeetingService meetings, AgendaService agenda, Clock clock) {
        this.cases = cases;
        this.meetings = meetings;
        this.agenda = agenda;
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caseNumber = event.getRouteParameters().get("caseNumber").orElse("");
        try {
            cases.open(caseNumber);
        } catch (CaseNotAccessibleException unknownOrForbidden) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        add(new H1(getTitle()));
        List<MeetingSummary> upcoming = meetings.myMeetings().stream()
                .filter(m -> m.status() == MeetingStatus.PLANNED && m.startsAt().toInstant().isAfter(clock.instant()))
                .toList();
        if (upcoming.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("agenda.submit.no-meetings"));
            none.setId("no-upcoming-meetings");
            add(none);
            return;
        }
        form(upcoming);
    }

    private void form(List<MeetingSummary> upcoming) {
        meeting.setLabel(getTranslation("agenda.submit.meeting"));
        meeting.setItems(upcoming);
        meeting.setItemLabelGenerator(m -> m == null ? "" : getTranslation(m.type().messageKey()) + ", "
                + MeetingLabels.when(getLocale(), m));
        meeting.setValue(upcoming.getFirst());
        meeting.setWidth("36em");
        question.setLabel(getTranslation("agenda.submit.question"));
        question.setWidth("36em");
        parentsAttend.setLabel(getTranslation("agenda.parents-attend"));
        Paragraph privacy = new Paragraph(getTranslation("agenda.submit.privacy"));
        privacy.addClassName("privacy-warning");
        FieldErrors errors = new FieldErrors(this).bind("meeting", meeting).bind("case", meeting)
                .bind("question", question);
        Button submit = new Button(getTranslation("agenda.submit"), click -> {
            try {
                MeetingSummary chosen = meeting.getValue();
                agenda.submit(chosen.id(), caseNumber, question.getValue(), parentsAttend.getValue());
                Notification.show(getTranslation("agenda.submitted"));
                MeetingNavigation.toMeeting(chosen.id());
            } catch (InvalidInputException refused) {
                errors.show(refused);
            } catch (SubmissionRefusedException refused) {
                errors.show(new InvalidInputException("case", SubmissionRefusedException.MESSAGE_KEY));
            }
        });
        submit.setId("confirm-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(meeting, question, parentsAttend, privacy, submit);
    }

    private String getTitle() {
        return getTranslation("agenda.submit.for-case", caseNumber);
    }

    @Override
    public String getPageTitle() {
        return getTitle();
    }
}
