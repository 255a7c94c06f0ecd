package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import nl.kansrijkestart.mdo.meetings.Referral;
import nl.kansrijkestart.mdo.meetings.ReferralService;
import nl.kansrijkestart.mdo.meetings.ReferralStatus;
import nl.kansrijkestart.mdo.shared.ConcurrentChangeException;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;

/**
 * The next steps of one referral, on the day they happened (today unless changed): referred,
 * started, ended, or declined by the client with her reason. Only the steps its status allows are
 * offered; the service checks the order and the dates again, and refuses a step when someone
 * changed the referral since it was shown, which the page then says and reads again.
 */
class ReferralSteps extends HorizontalLayout {

    private static final List<ReferralStatus> ORDER = List.of(ReferralStatus.REFERRED, ReferralStatus.STARTED,
            ReferralStatus.ENDED, ReferralStatus.DECLINED);

    final DatePicker day = new DatePicker();
    final TextField reason = new TextField();

    /**
     * @param steps the steps to offer, of those the status allows
     * @param moved runs after a step was recorded, and after a refusal because of someone else's change
     */
    ReferralSteps(ReferralService service, Referral referral, LocalDate today, Collection<ReferralStatus> steps,
            Runnable moved) {
        String key = "referral-" + referral.id();
        setId(key + "-steps");
        setWrap(true);
        setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        day.setLabel(getTranslation("referral.step.date"));
        day.setValue(today);
        day.setMax(today);
        day.setId(key + "-date");
        add(day);
        List<ReferralStatus> offered = ORDER.stream()
                .filter(step -> steps.contains(step) && referral.status().next().contains(step)).toList();
        if (offered.contains(ReferralStatus.DECLINED)) {
            reason.setLabel(getTranslation("referral.step.reason"));
            reason.setId(key + "-reason");
            add(reason);
        }
        FieldErrors errors = new FieldErrors(this).bind("date", day).bind("reason", reason);
        for (ReferralStatus step : offered) {
            Button button = new Button(getTranslation("referral.step." + step.name()), click -> {
                try {
                    service.move(referral.id(), referral.version(), step, day.getValue(),
                            step == ReferralStatus.DECLINED ? reason.getValue() : null);
                    Notification.show(getTranslation("referral.moved", referral.offerName(),
                            getTranslation(step.messageKey())));
                    moved.run();
                } catch (InvalidInputException refused) {
                    errors.show(refused);
                } catch (ConcurrentChangeException changed) {
                    Notification notice = Notification.show(getTranslation("referral.changed-by", changed.changedBy()),
                            8000, Notification.Position.MIDDLE);
                    notice.addThemeVariants(NotificationVariant.LUMO_WARNING);
                    moved.run();
                }
            });
            button.setId(key + "-" + step.name());
            // The same step is offered for every referral in a list: its name says for which service.
            button.getElement().setAttribute("aria-label", getTranslation("referral.step.label",
                    getTranslation("referral.step." + step.name()), referral.offerName()));
            add(button);
        }
    }
}
