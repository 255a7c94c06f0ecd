package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.kansrijkestart.mdo.meetings.FollowUp;
import nl.kansrijkestart.mdo.meetings.Outcome;

/** A recorded outcome as every participant reads it. */
class OutcomeLines extends VerticalLayout {

    OutcomeLines(Outcome outcome) {
        setPadding(false);
        setSpacing(false);
        addClassName("agenda-outcome");
        add(new Paragraph(getTranslation("outcome.status") + ": " + getTranslation(outcome.status().messageKey())));
        if (outcome.conclusion() != null) {
            add(new Paragraph(getTranslation("outcome.conclusion") + ": " + outcome.conclusion()));
        }
        String followUp = getTranslation(outcome.followUp().messageKey());
        if (outcome.followUp() == FollowUp.REDISCUSS) {
            followUp += " " + outcome.followUpDate() + " – " + getTranslation(outcome.followUpMeetingId() == null
                    ? "outcome.follow-up.no-meeting" : "outcome.follow-up.requested");
        }
        add(new Paragraph(getTranslation("outcome.follow-up") + ": " + followUp));
    }
}
