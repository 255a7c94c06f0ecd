package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Locale;
import java.util.Optional;
import nl.kansrijkestart.mdo.meetings.SharedField;
import nl.kansrijkestart.mdo.shared.ConcurrentChangeException;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;
import org.jspecify.annotations.Nullable;

/**
 * One live text of an agenda item (the shared notes, the chair's conclusion). What is typed is
 * saved after a short pause, so a closed laptop or a restart loses at most that pause; while
 * typing, the other pages are told who is editing. A save typed on an older version is refused by
 * the service; the field then shows the newest text and who wrote it. Read-only for viewers who
 * may not write it, it still follows every save.
 */
class SharedTextEditor extends VerticalLayout {

    /** Long enough not to save on every key, short enough to lose little. */
    private static final int SAVE_AFTER_MILLIS = 1500;

    /** Often enough for "X is editing" to show within a second or two, rare enough to cost nothing. */
    private static final int TYPING_SIGNAL_MILLIS = 1000;

    /** How one field is read and written through its service. */
    interface Store {
        /** Throws {@link ConcurrentChangeException} when {@code version} is no longer the newest. */
        Saved save(@Nullable Long version, String text);

        /**
         * The saved text if it is newer than {@code shownVersion} ({@code null}: this field shows
         * none yet); the service logs only reads that hand out something new.
         */
        Optional<Saved> load(@Nullable Long shownVersion);
    }

    record Saved(long version, String text, String by) {}

    record Draft(long itemId, SharedField field, @Nullable Long version, String text) {}

    final TextArea text = new TextArea();
    final Span editing = new Span();
    private final long itemId;
    private final SharedField field;
    private final Store store;
    private final FieldErrors errors;
    private @Nullable Long version;
    private String saved = "";
    /** The newest saved text this field took, or {@code null} when nothing was saved yet. */
    private @Nullable Saved shown;
    /** Whose editing the marker shows, or {@code null} when it shows nobody. */
    private @Nullable String editingBy;

    SharedTextEditor(long itemId, SharedField field, Store store, @Nullable Saved initial, boolean editable,
            LiveTexts live) {
        this.itemId = itemId;
        this.field = field;
        this.store = store;
        String name = field.name().toLowerCase(Locale.ROOT);
        String textId = field == SharedField.NOTES ? name : name + "-" + itemId;
        setPadding(false);
        setSpacing(false);
        setId(textId + "-live");
        text.setId(textId);
        text.setLabel(getTranslation(field == SharedField.NOTES ? "live.notes" : "outcome.conclusion"));
        text.setWidthFull();
        text.setReadOnly(!editable);
        text.setValueChangeMode(ValueChangeMode.TIMEOUT);
        text.setValueChangeTimeout(SAVE_AFTER_MILLIS);
        text.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                save();
            }
        });
        if (editable) {
            text.getElement().addEventListener("input", typed -> live.typing(itemId, field))
                    .throttle(TYPING_SIGNAL_MILLIS);
        }
        editing.setId(textId + "-editing");
        editing.addClassName("live-editing");
        errors = new FieldErrors(this).bind(name, text);
        if (initial != null) {
            show(initial);
        }
        add(text, editing);
        live.register(this);
    }

    long itemId() {
        return itemId;
    }

    SharedField field() {
        return field;
    }

    /** The version the text in the field is based on, {@code null} when nothing was saved yet. */
    @Nullable Long version() {
        return version;
    }

    void save() {
        try {
            show(store.save(version, text.getValue()));
            showEditing(null);
        } catch (ConcurrentChangeException changed) {
            store.load(version).ifPresent(this::show);
            showEditing(changed.changedBy());
            Notification.show(getTranslation("live.changed-by", changed.changedBy()), 6000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
        } catch (InvalidInputException refused) {
            errors.show(refused);
        }
    }

    /** Someone else is typing in this field on their page. */
    void editingElsewhere(String by) {
        showEditing(by);
    }

    /** Someone else stopped typing in this field (or closed their page): their marker goes. */
    void stoppedElsewhere(String by) {
        if (by.equals(editingBy)) {
            showEditing(null);
        }
    }

    private void showEditing(@Nullable String by) {
        editingBy = by;
        editing.setText(by == null ? "" : getTranslation("live.editing", by));
    }

    /**
     * Someone else saved this field. Their text replaces this field only when nothing typed here
     * is waiting to be saved; otherwise the next save here is refused and shows theirs.
     */
    void savedElsewhere() {
        store.load(version).filter(newest -> version == null || newest.version() > version).ifPresent(newest -> {
            showEditing(newest.by());
            if (text.getValue().equals(saved)) {
                show(newest);
            }
        });
    }

    /**
     * A newer saved text that the page read along with something else (the outcome recorded with
     * the chair's button saves the conclusion too); taken like a save elsewhere, without reading.
     */
    void newer(Saved newest) {
        if ((version == null || newest.version() > version) && text.getValue().equals(saved)) {
            show(newest);
        }
    }

    /** The newest saved text this field shows, as last read or saved through it. */
    Optional<Saved> shown() {
        return Optional.ofNullable(shown);
    }

    /** Text typed here and not saved yet, to carry over when the page is rebuilt. */
    Optional<Draft> unsaved() {
        return text.getValue().equals(saved) ? Optional.empty()
                : Optional.of(new Draft(itemId, field, version, text.getValue()));
    }

    /** Puts carried-over typing back and saves it, refused like any save when someone saved meanwhile. */
    void restore(Draft draft) {
        version = draft.version();
        text.setValue(draft.text());
        save();
    }

    /** Takes a text saved through another way (the chair's outcome button) as the newest. */
    void show(Saved newest) {
        shown = newest;
        version = newest.version();
        saved = newest.text();
        text.setValue(newest.text());
    }
}
