package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.kansrijkestart.mdo.meetings.Referral;
import nl.kansrijkestart.mdo.meetings.ReferralStatus;
import nl.kansrijkestart.mdo.shared.ui.Dates;
import org.jspecify.annotations.Nullable;

/**
 * One referral as it reads everywhere: the service and its status, who referred, the dates of its
 * steps, the client's reason for declining, and a marked warning when it has not started in time.
 * The warning is text and a border, not colour alone.
 */
class ReferralLine extends Div {

    ReferralLine(Referral referral) {
        setId("referral-" + referral.id());
        addClassName("referral");
        Span what = new Span(referral.offerName() + " · " + getTranslation(referral.status().messageKey()));
        what.addClassName("referral-status");
        add(new Div(what), new Div(new Span(getTranslation("referral.referrer-line", referral.referrerName()))),
                new Div(new Span(String.join(", ", steps(referral)))));
        if (referral.status() == ReferralStatus.DECLINED && referral.declinedReason() != null) {
            add(new Div(new Span(getTranslation("referral.declined-reason", referral.declinedReason()))));
        }
        if (referral.flagged()) {
            addClassName("overdue-action");
            Span flag = new Span(getTranslation("referral.flagged"));
            flag.addClassName("referral-flag");
            add(new Div(flag));
        }
    }

    private List<String> steps(Referral referral) {
        List<String> steps = new ArrayList<>();
        step(steps, ReferralStatus.ADVISED, referral.advisedOn());
        step(steps, ReferralStatus.REFERRED, referral.referredOn());
        step(steps, ReferralStatus.STARTED, referral.startedOn());
        step(steps, ReferralStatus.ENDED, referral.endedOn());
        step(steps, ReferralStatus.DECLINED, referral.declinedOn());
        return steps;
    }

    private void step(List<String> steps, ReferralStatus status, @Nullable LocalDate day) {
        if (day != null) {
            steps.add(getTranslation("referral.step-on", getTranslation(status.messageKey()),
                    Dates.written(getLocale(), day)));
        }
    }
}
