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
    private @Nullable NotesEditor editor;

    CurrentItem(CurrentItemService service, NotesService notesService, MeetingSummary meeting) {
        this.service = service;
        this.notesService = notesService;
        this.meeting = meeting;
        boolean started = meeting.status() != MeetingStatus.PLANNED;
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
            if (running) {
                editor = new NotesEditor(notesService, entry.id(), note);
                card.add(editor);
                return;
            }
        } else if (meeting.chairedByMe() && running && entry.status() == AgendaStatus.ACCEPTED) {
            Button discuss = new Button(card.getTranslation("live.discuss"), VaadinIcon.ARROW_RIGHT.create(),
                    click -> service.discuss(meeting.id(), entry.id()));
            discuss.setId("discuss-" + entry.caseNumber());
            card.add(discuss);
        }
        if (note != null && !note.text().isBlank()) {
            card.add(new Paragraph(card.getTranslation("live.notes") + ": " + note.text()));
        }
    }

    void notesSavedElsewhere() {
        if (editor != null) {
            editor.savedElsewhere();
        }
    }

    Optional<NotesEditor.Draft> unsavedNotes() {
        return editor == null ? Optional.empty() : editor.unsaved();
    }

    void restore(NotesEditor.Draft draft) {
        if (editor != null) {
            editor.restore(draft);
        }
    }
}
