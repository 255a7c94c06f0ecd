package nl.kansrijkestart.mdo.meetings.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import nl.kansrijkestart.mdo.meetings.FollowUp;
import nl.kansrijkestart.mdo.meetings.OutcomeStatus;
import nl.kansrijkestart.mdo.shared.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** The chair's record of how one agenda item went; kept apart so the agenda item stays about planning. */
@Entity
@Table(name = "agenda_outcome")
public class AgendaOutcome extends AbstractEntity {

    public static final int CONCLUSION_MAX = 2000;

    @Column(name = "agenda_item_id", nullable = false, updatable = false)
    private long agendaItemId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private @Nullable OutcomeStatus status;

    private @Nullable String conclusion;

    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up", nullable = false, length = 20)
    private FollowUp followUp = FollowUp.NONE;

    @Column(name = "follow_up_date")
    private @Nullable LocalDate followUpDate;

    @Column(name = "follow_up_meeting_id")
    private @Nullable Long followUpMeetingId;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy = "";

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt = Instant.EPOCH;

    @Column(nullable = false)
    private boolean counted;

    protected AgendaOutcome() {}

    public AgendaOutcome(long agendaItemId) {
        this.agendaItemId = agendaItemId;
    }

    public void record(OutcomeStatus newStatus, @Nullable String newConclusion, FollowUp newFollowUp,
            @Nullable LocalDate newFollowUpDate, String by, Instant at) {
        status = newStatus;
        conclusion = newConclusion;
        followUp = newFollowUp;
        followUpDate = newFollowUpDate;
        recordedBy = by;
        recordedAt = at;
    }

    /** The conclusion as typed so far; the status stays as it was, none before the chair records one. */
    public void writeConclusion(@Nullable String newConclusion, String by, Instant at) {
        conclusion = newConclusion;
        recordedBy = by;
        recordedAt = at;
    }

    public void requestedIn(long meetingId) {
        followUpMeetingId = meetingId;
    }

    /** Marks the discussion as published for the indicators; true only the first time. */
    public boolean markCounted() {
        if (counted) {
            return false;
        }
        counted = true;
        return true;
    }

    public boolean isCounted() {
        return counted;
    }

    public long getAgendaItemId() {
        return agendaItemId;
    }

    public @Nullable OutcomeStatus getStatus() {
        return status;
    }

    public @Nullable String getConclusion() {
        return conclusion;
    }

    public FollowUp getFollowUp() {
        return followUp;
    }

    public @Nullable LocalDate getFollowUpDate() {
        return followUpDate;
    }

    public @Nullable Long getFollowUpMeetingId() {
        return followUpMeetingId;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
