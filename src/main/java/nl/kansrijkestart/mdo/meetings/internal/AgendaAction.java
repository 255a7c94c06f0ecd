package nl.kansrijkestart.mdo.meetings.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import nl.kansrijkestart.mdo.shared.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** An action agreed on an agenda item; an external assignee has a name but no account. */
@Entity
@Table(name = "agenda_action")
public class AgendaAction extends AbstractEntity {

    public static final int WHAT_MAX = 500;
    public static final int NAME_MAX = 100;

    @Column(name = "agenda_item_id", nullable = false, updatable = false)
    private long agendaItemId;

    @Column(nullable = false, updatable = false)
    private String what = "";

    @Column(name = "assignee_user_id", updatable = false)
    private @Nullable Long assigneeUserId;

    @Column(name = "assignee_name", nullable = false, updatable = false)
    private String assigneeName = "";

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn = LocalDate.EPOCH;

    @Column(name = "agreed_by", nullable = false, updatable = false)
    private String agreedBy = "";

    @Column(name = "agreed_at", nullable = false, updatable = false)
    private Instant agreedAt = Instant.EPOCH;

    @Column(name = "done_at")
    private @Nullable Instant doneAt;

    protected AgendaAction() {}

    public AgendaAction(long agendaItemId, String what, @Nullable Long assigneeUserId, String assigneeName,
            LocalDate dueOn, String agreedBy, Instant agreedAt) {
        this.agendaItemId = agendaItemId;
        this.what = what;
        this.assigneeUserId = assigneeUserId;
        this.assigneeName = assigneeName;
        this.dueOn = dueOn;
        this.agreedBy = agreedBy;
        this.agreedAt = agreedAt;
    }

    public void markDone(Instant at) {
        doneAt = at;
    }

    public long getAgendaItemId() {
        return agendaItemId;
    }

    public String getWhat() {
        return what;
    }

    public @Nullable Long getAssigneeUserId() {
        return assigneeUserId;
    }

    public String getAssigneeName() {
        return assigneeName;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getAgreedBy() {
        return agreedBy;
    }

    public @Nullable Instant getDoneAt() {
        return doneAt;
    }
}
