package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.meetings.Addendum;
import nl.kansrijkestart.mdo.meetings.AddendumService;
import nl.kansrijkestart.mdo.meetings.AgendaEntry;
import nl.kansrijkestart.mdo.meetings.AgendaStatus;
import nl.kansrijkestart.mdo.meetings.MeetingStatus;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;

/**
 * Under the locked minutes of a closed meeting: the addenda written since, and a field to add one.
 * The service decides who may add (the chair, or a participant on the case's care team) and says
 * so next to the field; the minutes themselves are never editable here.
 */
final class ItemAddenda {

    private final AddendumService service;
    private final MeetingSummary meeting;
    private final Clock clock;
    private final Locale locale;
    private final Runnable reload;
    private final Map<Long, List<Addendum>> addenda;

    ItemAddenda(AddendumService service, MeetingSummary meeting, Clock clock, Locale locale, Runnable reload) {
        this.service = service;
        this.meeting = meeting;
        this.clock = clock;
        this.locale = locale;
        this.reload = reload;
        this.addenda = meeting.status() == MeetingStatus.CLOSED
                ? service.addenda(meeting.id()).stream().collect(Collectors.groupingBy(Addendum::agendaItemId))
                : Map.of();
    }

    void addTo(Div card, AgendaEntry entry) {
        if (meeting.status() != MeetingStatus.CLOSED || entry.status() != AgendaStatus.ACCEPTED) {
            return;
        }
        for (Addendum addendum : addenda.getOrDefault(entry.id(), List.of())) {
            Paragraph line = new Paragraph(card.getTranslation("addendum.line", addendum.writtenBy(),
                    MeetingLabels.dateTime(locale, addendum.writtenAt().atZone(clock.getZone())),
                    addendum.text()));
            line.addClassName("agenda-addendum");
            card.add(line);
        }
        if (!entry.contentHidden()) {
            card.add(form(card, entry));
        }
    }

    private Div form(Div card, AgendaEntry entry) {
        TextArea text = new TextArea(card.getTranslation("addendum.text"));
        text.setId("addendum-" + entry.key());
        text.setWidthFull();
        Div form = new Div();
        FieldErrors errors = new FieldErrors(form).bind("addendum", text);
        Button add = new Button(card.getTranslation("addendum.add"), click -> {
            try {
                service.add(entry.id(), text.getValue());
                reload.run();
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        });
        add.setId("add-addendum-" + entry.key());
        form.add(text, add);
        return form;
    }
}
