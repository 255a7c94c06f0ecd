package nl.kansrijkestart.mdo.meetings.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.kansrijkestart.mdo.meetings.MeetingChanged;
import nl.kansrijkestart.mdo.meetings.MeetingRoom;
import nl.kansrijkestart.mdo.meetings.SharedField;
import org.jspecify.annotations.Nullable;

/**
 * The live texts shown on one meeting page, so that a save or typing elsewhere reaches just the
 * field concerned instead of rebuilding the page, and typing not saved yet survives a rebuild.
 */
final class LiveTexts {

    private final List<SharedTextEditor> editors = new ArrayList<>();
    private MeetingRoom.@Nullable Seat seat;

    void register(SharedTextEditor editor) {
        editors.add(editor);
    }

    /** The field left the page (the discussion moved on); it follows nothing more. */
    void unregister(SharedTextEditor editor) {
        editors.remove(editor);
    }

    /** The page is rebuilt; its new editors register again. */
    void clear() {
        editors.clear();
    }

    void seat(MeetingRoom.@Nullable Seat newSeat) {
        seat = newSeat;
    }

    void typing(long itemId, SharedField field) {
        if (seat != null) {
            seat.editing(itemId, field);
        }
    }

    /**
     * Passes a saved text, someone's typing or the end of it to the field concerned; false when no
     * field of this page is concerned. Only that field reads the saved text again.
     */
    boolean follow(MeetingChanged change) {
        if (change.itemId() == null || change.field() == null) {
            return false;
        }
        boolean followed = false;
        for (SharedTextEditor editor : List.copyOf(editors)) {
            if (change.concerns(editor.itemId(), editor.field())) {
                followed = true;
                if (change.change() == MeetingChanged.Change.EDITING) {
                    editor.editingElsewhere(change.by());
                } else if (change.change() == MeetingChanged.Change.EDITING_STOPPED) {
                    editor.stoppedElsewhere(change.by());
                } else {
                    editor.savedElsewhere();
                }
            }
        }
        return followed;
    }

    Optional<SharedTextEditor> editor(long itemId, SharedField field) {
        return editors.stream().filter(e -> e.itemId() == itemId && e.field() == field).findFirst();
    }

    List<SharedTextEditor.Draft> unsaved() {
        return editors.stream().flatMap(editor -> editor.unsaved().stream()).toList();
    }

    void restore(List<SharedTextEditor.Draft> drafts) {
        for (SharedTextEditor.Draft draft : drafts) {
            editor(draft.itemId(), draft.field()).ifPresent(editor -> editor.restore(draft));
        }
    }
}
