package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.meetings.AgendaEntry;
import nl.kansrijkestart.mdo.meetings.AgendaStatus;
import nl.kansrijkestart.mdo.meetings.CurrentItemService;
import nl.kansrijkestart.mdo.meetings.MeetingStatus;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.meetings.Note;
import nl.kansrijkestart.mdo.meetings.NotesService;
import nl.kansrijkestart.mdo.meetings.SharedField;
import org.jspecify.annotations.Nullable;

/**
 * Marks the item under discussion on every page with its shared notes to type in, shows the notes
 * of the other items, and gives the chair of a running meeting a button per other accepted item to
 * move the discussion there. The move reaches all pages through the meeting's room, this one
 * included.
 */
final class CurrentItem {

    private final CurrentItemService service;
    private final NotesService notesService;
    private final MeetingSummary meeting;
    private final @Nullable Long currentId;
    private final Map<Long, Note> notes;
    private final LiveTexts live;

    CurrentItem(CurrentItemService service, NotesService notesService, MeetingSummary meeting, LiveTexts live) {
        this.service = service;
        this.notesService = notesService;
        this.meeting = meeting;
        this.live = live;
        boolean started = meeting.status() == MeetingStatus.RUNNING || meeting.status() == MeetingStatus.CLOSED;
        this.currentId = started ? service.currentItem(meeting.id()) : null;
        this.notes = started ? notesService.notes(meeting.id()).stream()
                .collect(Collectors.toMap(Note::agendaItemId, Function.identity())) : Map.of();
    }

    void addTo(Div card, AgendaEntry entry) {
        boolean running = meeting.status() == MeetingStatus.RUNNING;
        Note note = notes.get(entry.id());
        if (currentId != null && currentId == entry.id()) {
            card.addClassName("current-item");
            Span now = new Span(card.getTranslation("live.current-item"));
            now.setId("current-item");
            now.getElement().getThemeList().add("badge success");
            card.addComponentAsFirst(now);
            if (running && !entry.contentHidden()) {
                card.add(new SharedTextEditor(entry.id(), SharedField.NOTES, store(entry.id()),
                        note == null ? null : saved(note), true, live));
                return;
            }
            if (running) {
                return;
            }
        } else if (meeting.chairedByMe() && running && entry.status() == AgendaStatus.ACCEPTED) {
            Button discuss = new Button(card.getTranslation("live.discuss"), VaadinIcon.ARROW_RIGHT.create(),
                    click -> service.discuss(meeting.id(), entry.id(), meeting.version()));
            discuss.setId("discuss-" + entry.key());
            card.add(discuss);
        }
        if (note != null && !note.text().isBlank()) {
            card.add(new Paragraph(card.getTranslation("live.notes") + ": " + note.text()));
        }
    }

    private SharedTextEditor.Store store(long itemId) {
        return new SharedTextEditor.Store() {
            @Override
            public SharedTextEditor.Saved save(@Nullable Long version, String text) {
                return saved(notesService.save(itemId, version, text));
            }

            @Override
            public Optional<SharedTextEditor.Saved> load() {
                return notesService.note(itemId).map(CurrentItem::saved);
            }
        };
    }

    private static SharedTextEditor.Saved saved(Note note) {
        return new SharedTextEditor.Saved(note.version(), note.text(), note.updatedBy());
    }
}
