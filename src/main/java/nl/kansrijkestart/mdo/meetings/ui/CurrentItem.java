package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
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
 *
 * <p>It owns one region of each agenda card and updates only those concerned: a move redraws the
 * item left and the item now discussed, from the notes this page already shows (a move discloses
 * nothing new, so it reads and logs no case content); a note saved elsewhere on an item without an
 * open editor is read again, as a new disclosure of that case's notes.
 *
 * <p>A move is applied from the change itself (the item now discussed and the meeting's version
 * after the move), without reading the database; a move whose version is not newer than the one
 * this part shows (its own move coming back, or an earlier move that arrives after a later one) is
 * ignored. A page that may have missed moves is rebuilt from the database instead.
 */
final class CurrentItem {

    private final CurrentItemService service;
    private final NotesService notesService;
    private final MeetingSummary meeting;
    private final LongSupplier version;
    private final LongConsumer movedHere;
    private final LiveTexts live;
    private final Map<Long, Slot> slots = new HashMap<>();
    /** The notes of each item as this page shows them. */
    private final Map<Long, SharedTextEditor.Saved> notes = new HashMap<>();
    private @Nullable Long currentId;
    /** The meeting's version at which {@link #currentId} became current as far as this page knows. */
    private long shownVersion;
    private @Nullable Labels labels;

    /**
     * {@code movedHere} takes the meeting's new version after this page's own move, before the room
     * reports it back.
     */
    CurrentItem(CurrentItemService service, NotesService notesService, MeetingSummary meeting, LongSupplier version,
            LongConsumer movedHere, LiveTexts live) {
        this.service = service;
        this.notesService = notesService;
        this.meeting = meeting;
        this.version = version;
        this.movedHere = movedHere;
        this.live = live;
        boolean started = meeting.status() == MeetingStatus.RUNNING || meeting.status() == MeetingStatus.CLOSED;
        this.currentId = started ? service.currentItem(meeting.id()) : null;
        // read after the meeting: the current item shown is at least as new as this version
        this.shownVersion = meeting.version();
        if (started) {
            notesService.notes(meeting.id()).forEach(note -> notes.put(note.agendaItemId(), saved(note)));
        }
    }

    /** One card's region of this part. */
    private static final class Slot {
        private final Div card;
        private final AgendaEntry entry;
        private final Div region = new Div();
        private @Nullable Span badge;
        private @Nullable SharedTextEditor editor;

        Slot(Div card, AgendaEntry entry) {
            this.card = card;
            this.entry = entry;
        }
    }

    /** The texts of this part, translated once per page instead of at every redraw. */
    private record Labels(String currentItem, String discuss, String notes) {}

    void addTo(Div card, AgendaEntry entry) {
        if (labels == null) {
            labels = new Labels(card.getTranslation("live.current-item"), card.getTranslation("live.discuss"),
                    card.getTranslation("live.notes"));
        }
        Slot slot = new Slot(card, entry);
        card.add(slot.region);
        slots.put(entry.id(), slot);
        fill(slot);
    }

    /**
     * The chair moved the discussion to {@code itemId} (here or on another page), and the meeting
     * has {@code version} since: redraws the two items concerned, unless this part already shows
     * that move or a later one. Reads nothing.
     */
    void moved(long itemId, long version) {
        if (version <= shownVersion) {
            return;
        }
        shownVersion = version;
        show(itemId);
    }

    /** A move that did not say where to (from a node that does not tell yet): reads the current item. */
    void reread() {
        show(service.currentItem(meeting.id()));
    }

    private void show(@Nullable Long now) {
        if (Objects.equals(now, currentId)) {
            return;
        }
        Long before = currentId;
        currentId = now;
        refill(before);
        refill(now);
    }

    /** Someone saved the notes of an item this page shows without an editor. */
    void noteChanged(long itemId) {
        Slot slot = slots.get(itemId);
        if (slot == null || slot.entry.contentHidden() || slot.editor != null) {
            return;
        }
        notesService.note(itemId).ifPresent(note -> notes.put(itemId, saved(note)));
        fill(slot);
    }

    private void refill(@Nullable Long itemId) {
        Slot slot = itemId == null ? null : slots.get(itemId);
        if (slot != null) {
            fill(slot);
        }
    }

    private void fill(Slot slot) {
        closeEditor(slot);
        slot.region.removeAll();
        slot.card.removeClassName("current-item");
        if (slot.badge != null) {
            slot.badge.removeFromParent();
            slot.badge = null;
        }
        AgendaEntry entry = slot.entry;
        boolean running = meeting.status() == MeetingStatus.RUNNING;
        SharedTextEditor.Saved note = notes.get(entry.id());
        Labels text = Objects.requireNonNull(labels);
        if (currentId != null && currentId == entry.id()) {
            slot.card.addClassName("current-item");
            Span now = new Span(text.currentItem());
            now.setId("current-item");
            now.getElement().getThemeList().add("badge success");
            slot.card.addComponentAsFirst(now);
            slot.badge = now;
            if (running && !entry.contentHidden()) {
                slot.editor = new SharedTextEditor(entry.id(), SharedField.NOTES, store(entry.id()), note, true, live);
                slot.region.add(slot.editor);
                return;
            }
            if (running) {
                return;
            }
        } else if (meeting.chairedByMe() && running && entry.status() == AgendaStatus.ACCEPTED) {
            Button discuss = new Button(text.discuss(), VaadinIcon.ARROW_RIGHT.create(),
                    click -> {
                        long after = service.discuss(meeting.id(), entry.id(), version.getAsLong());
                        movedHere.accept(after);
                        moved(entry.id(), after);
                    });
            discuss.setId("discuss-" + entry.key());
            slot.region.add(discuss);
        }
        if (note != null && !note.text().isBlank()) {
            slot.region.add(new Paragraph(text.notes() + ": " + note.text()));
        }
    }

    /**
     * The discussion moves away from the item: typing not saved yet is saved first (refused like any
     * save when someone saved in between), and the notes as shown stay for the item's card.
     */
    private void closeEditor(Slot slot) {
        SharedTextEditor editor = slot.editor;
        if (editor == null) {
            return;
        }
        if (editor.unsaved().isPresent()) {
            editor.save();
        }
        editor.shown().ifPresent(shown -> notes.put(slot.entry.id(), shown));
        live.unregister(editor);
        slot.editor = null;
    }

    private SharedTextEditor.Store store(long itemId) {
        return new SharedTextEditor.Store() {
            @Override
            public SharedTextEditor.Saved save(@Nullable Long version, String text) {
                return saved(notesService.save(itemId, version, text));
            }

            @Override
            public Optional<SharedTextEditor.Saved> load(@Nullable Long shownVersion) {
                return notesService.note(itemId, shownVersion).map(CurrentItem::saved);
            }
        };
    }

    private static SharedTextEditor.Saved saved(Note note) {
        return new SharedTextEditor.Saved(note.version(), note.text(), note.updatedBy());
    }
}
