package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Optional;
import nl.kansrijkestart.mdo.meetings.Note;
import nl.kansrijkestart.mdo.meetings.NotesService;
import nl.kansrijkestart.mdo.shared.ConcurrentChangeException;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;
import org.jspecify.annotations.Nullable;

/**
 * The shared notes of the item under discussion. What is typed is saved after a short pause, so a
 * closed laptop or a restart loses at most that pause. A save typed on an older version is refused
 * by the service; the field then shows the newest text and who wrote it.
 */
class NotesEditor extends VerticalLayout {

    /** Long enough not to save on every key, short enough to lose little. */
    private static final int SAVE_AFTER_MILLIS = 1500;

    final TextArea text = new TextArea();
    final Span editing = new Span();
    private final NotesService service;
    private final long itemId;
    private final FieldErrors errors;
    private @Nullable Long version;
    private String saved = "";

    NotesEditor(NotesService service, long itemId, @Nullable Note note) {
        this.service = service;
        this.itemId = itemId;
        setPadding(false);
        setSpacing(false);
        text.setId("notes");
        text.setLabel(getTranslation("live.notes"));
        text.setWidthFull();
        text.setValueChangeMode(ValueChangeMode.TIMEOUT);
        text.setValueChangeTimeout(SAVE_AFTER_MILLIS);
        text.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                save();
            }
        });
        editing.setId("notes-editing");
        errors = new FieldErrors(this).bind("notes", text);
        if (note != null) {
            show(note);
        }
        add(text, editing);
    }

    void save() {
        try {
            show(service.save(itemId, version, text.getValue()));
            editing.setText("");
        } catch (ConcurrentChangeException changed) {
            service.note(itemId).ifPresent(this::show);
            editing.setText(getTranslation("live.editing", changed.changedBy()));
            Notification.show(getTranslation("live.notes-changed-by", changed.changedBy()), 6000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
        } catch (InvalidInputException refused) {
            errors.show(refused);
        }
    }

    /**
     * Someone else saved these notes. Their text replaces this field only when nothing typed here
     * is waiting to be saved; otherwise the next save here is refused and shows theirs.
     */
    void savedElsewhere() {
        service.note(itemId).filter(newest -> version == null || newest.version() > version).ifPresent(newest -> {
            editing.setText(getTranslation("live.editing", newest.updatedBy()));
            if (text.getValue().equals(saved)) {
                show(newest);
            }
        });
    }

    /** Text typed here and not saved yet, to carry over when the page is rebuilt. */
    Optional<Draft> unsaved() {
        return text.getValue().equals(saved) ? Optional.empty()
                : Optional.of(new Draft(itemId, version, text.getValue()));
    }

    /** Puts carried-over typing back and saves it, refused like any save when someone saved meanwhile. */
    void restore(Draft draft) {
        if (draft.itemId() == itemId) {
            version = draft.version();
            text.setValue(draft.text());
            save();
        }
    }

    private void show(Note note) {
        version = note.version();
        saved = note.text();
        text.setValue(note.text());
    }

    record Draft(long itemId, @Nullable Long version, String text) {}
}
