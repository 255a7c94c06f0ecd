package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.kansrijkestart.mdo.meetings.FollowUp;
import nl.kansrijkestart.mdo.meetings.Outcome;
import nl.kansrijkestart.mdo.meetings.OutcomeStatus;

/**
 * A recorded outcome as every participant reads it; without the conclusion while the meeting runs,
 * when the conclusion has a live field of its own.
 */
class OutcomeLines extends VerticalLayout {

    OutcomeLines(Outcome outcome, boolean withConclusion) {
        setPadding(false);
        setSpacing(false);
        addClassName("agenda-outcome");
        OutcomeStatus status = outcome.status();
        if (status != null) {
            add(new Paragraph(getTranslation("outcome.status") + ": " + getTranslation(status.messageKey())));
        }
        if (withConclusion && outcome.conclusion() != null) {
            add(new Paragraph(getTranslation("outcome.conclusion") + ": " + outcome.conclusion()));
        }
        if (status != null) {
            add(new Paragraph(getTranslation("outcome.follow-up") + ": " + followUp(outcome)));
        }
    }

    private String followUp(Outcome outcome) {
        String followUp = getTranslation(outcome.followUp().messageKey());
        if (outcome.followUp() == FollowUp.REDISCUSS) {
            followUp += " " + outcome.followUpDate() + " – " + getTranslation(outcome.followUpMeetingId() == null
                    ? "outcome.follow-up.no-meeting" : "outcome.follow-up.requested");
        }
        return followUp;
    }
}
