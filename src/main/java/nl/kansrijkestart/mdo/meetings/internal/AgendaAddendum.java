package nl.kansrijkestart.mdo.meetings.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.kansrijkestart.mdo.shared.AbstractEntity;

/** A text added under the locked minutes of an item after its meeting was closed; never changed. */
@Entity
@Table(name = "agenda_addendum")
public class AgendaAddendum extends AbstractEntity {

    public static final int TEXT_MAX = 2000;

    @Column(name = "agenda_item_id", nullable = false, updatable = false)
    private long agendaItemId;

    @Column(nullable = false, updatable = false)
    private String text = "";

    @Column(name = "written_by_user_id", nullable = false, updatable = false)
    private long writtenByUserId;

    @Column(name = "written_by", nullable = false, updatable = false)
    private String writtenBy = "";

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt = Instant.EPOCH;

    protected AgendaAddendum() {}

    public AgendaAddendum(long agendaItemId, String text, long writtenByUserId, String writtenBy, Instant writtenAt) {
        this.agendaItemId = agendaItemId;
        this.text = text;
        this.writtenByUserId = writtenByUserId;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    public long getAgendaItemId() {
        return agendaItemId;
    }

    public String getText() {
        return text;
    }

    public long getWrittenByUserId() {
        return writtenByUserId;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
