package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import nl.kansrijkestart.mdo.cases.CaseNotAccessibleException;
import nl.kansrijkestart.mdo.meetings.AgreedAction;
import nl.kansrijkestart.mdo.meetings.CaseMinutes;
import nl.kansrijkestart.mdo.meetings.CaseMinutesService;

/**
 * The minutes of one case from every closed meeting that recorded an outcome for it, for its care
 * team. The case page links here by address only, like submitting a case.
 */
@Route("overleggen/casus/:caseNumber")
@RolesAllowed({"PROFESSIONAL", "CHAIR"})
public class CaseMinutesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseMinutesService minutes;
    private final ZoneId zone;
    private String caseNumber = "";

    CaseMinutesView(CaseMinutesService minutes, Clock clock) {
        this.minutes = minutes;
        this.zone = clock.getZone();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caseNumber = event.getRouteParameters().get("caseNumber").orElse("");
        List<CaseMinutes> found;
        try {
            found = minutes.minutes(caseNumber);
        } catch (CaseNotAccessibleException unknownOrForbidden) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        add(new H1(getPageTitle()));
        if (found.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("minutes.none"));
            none.setId("no-minutes");
            add(none);
        }
        found.forEach(meeting -> add(card(meeting)));
    }

    private Div card(CaseMinutes meeting) {
        Div card = new Div();
        card.addClassName("case-minutes");
        card.setId("minutes-" + meeting.meetingId());
        card.add(new H2(getTranslation(meeting.meetingType().messageKey()) + ", "
                + MeetingLabels.dateTime(getLocale(), meeting.meetingStartsAt())));
        card.add(new OutcomeLines(meeting.outcome(), true));
        if (meeting.notes() != null && !meeting.notes().isBlank()) {
            card.add(new Paragraph(getTranslation("live.notes") + ": " + meeting.notes()));
        }
        if (!meeting.actions().isEmpty()) {
            card.add(new Paragraph(getTranslation("actions.agreed")));
            meeting.actions().forEach(action -> card.add(new Paragraph(line(action))));
        }
        meeting.addenda().forEach(addendum -> card.add(new Paragraph(getTranslation("addendum.line",
                addendum.writtenBy(), MeetingLabels.dateTime(getLocale(), addendum.writtenAt().atZone(zone)),
                addendum.text()))));
        return card;
    }

    private String line(AgreedAction action) {
        return action.what() + " – " + action.assigneeName() + " – " + getTranslation("actions.due", action.dueOn())
                + (action.done() ? " – " + getTranslation("actions.done") : "");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("minutes.title", caseNumber);
    }
}
