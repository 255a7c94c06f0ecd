package nl.kansrijkestart.mdo.meetings.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.kansrijkestart.mdo.shared.AbstractEntity;

/** The shared notes of one agenda item, rewritten as a whole on every save. */
@Entity
@Table(name = "agenda_note")
public class AgendaNote extends AbstractEntity {

    public static final int TEXT_MAX = 4000;

    @Column(name = "agenda_item_id", nullable = false, updatable = false)
    private long agendaItemId;

    @Column(nullable = false)
    private String text = "";

    @Column(name = "updated_by", nullable = false)
    private String updatedBy = "";

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected AgendaNote() {}

    public AgendaNote(long agendaItemId) {
        this.agendaItemId = agendaItemId;
    }

    public void write(String newText, String by, Instant at) {
        text = newText;
        updatedBy = by;
        updatedAt = at;
    }

    public long getAgendaItemId() {
        return agendaItemId;
    }

    public String getText() {
        return text;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
