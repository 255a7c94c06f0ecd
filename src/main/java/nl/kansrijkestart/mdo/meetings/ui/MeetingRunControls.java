package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.LongSupplier;
import nl.kansrijkestart.mdo.meetings.MeetingStatus;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.meetings.OutcomeService;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;

/** The chair's buttons to start a planned meeting and to close a running one. */
final class MeetingRunControls {

    private final OutcomeService outcomes;
    private final MeetingSummary meeting;
    private final LongSupplier version;
    private final Runnable reload;

    /** {@code version}: the meeting's version as the page knows it now (a move changes it). */
    MeetingRunControls(OutcomeService outcomes, MeetingSummary meeting, LongSupplier version, Runnable reload) {
        this.outcomes = outcomes;
        this.meeting = meeting;
        this.version = version;
        this.reload = reload;
    }

    void addTo(HorizontalLayout actions) {
        if (meeting.status() == MeetingStatus.PLANNED) {
            Button start = new Button(actions.getTranslation("outcome.start"), VaadinIcon.PLAY.create(),
                    click -> run(actions, () -> outcomes.start(meeting.id(), version.getAsLong())));
            start.setId("start-meeting");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(start);
        } else if (meeting.status() == MeetingStatus.RUNNING) {
            Button close = new Button(actions.getTranslation("outcome.close"), VaadinIcon.LOCK.create(),
                    click -> run(actions, () -> outcomes.close(meeting.id(), version.getAsLong())));
            close.setId("close-meeting");
            actions.add(close);
        }
    }

    private void run(HorizontalLayout owner, Runnable action) {
        try {
            action.run();
            reload.run();
        } catch (InvalidInputException refused) {
            refused.problems().forEach(problem -> Notification.show(
                    FieldErrors.translate(owner, problem.messageKey(), problem.arguments()), 6000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }
}
