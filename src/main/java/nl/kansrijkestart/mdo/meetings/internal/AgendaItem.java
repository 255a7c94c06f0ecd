package nl.kansrijkestart.mdo.meetings.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalTime;
import nl.kansrijkestart.mdo.meetings.AgendaStatus;
import nl.kansrijkestart.mdo.shared.AbstractEntity;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** A case submitted for a meeting, from request to its place and time slot on the agenda. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends AbstractEntity {

    public static final int QUESTION_MAX = 2000;
    public static final int REASON_MAX = 500;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "case_number", nullable = false, updatable = false)
    private String caseNumber;

    @Column(nullable = false, updatable = false)
    private boolean anonymous;

    @Column(name = "submitted_by_user_id", nullable = false, updatable = false)
    private long submittedByUserId;

    @Column(name = "submitted_by_name", nullable = false, updatable = false)
    private String submittedByName;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(nullable = false)
    private String question;

    @Column(name = "parents_attend", nullable = false)
    private boolean parentsAttend;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgendaStatus status = AgendaStatus.REQUESTED;

    @Column(name = "rejection_reason")
    private @Nullable String rejectionReason;

    /** A message key: removals are made by the application, not typed by a person. */
    @Column(name = "removal_reason")
    private @Nullable String removalReason;

    @Column(name = "agenda_position")
    private @Nullable Integer position;

    @Column(name = "slot_start")
    private @Nullable LocalTime slotStart;

    @Column(name = "slot_minutes")
    private @Nullable Integer slotMinutes;

    protected AgendaItem() {}

    public AgendaItem(long meetingId, String caseNumber, boolean anonymous, long submittedByUserId,
            String submittedByName, Instant submittedAt, String question, boolean parentsAttend) {
        this.meetingId = meetingId;
        this.caseNumber = caseNumber;
        this.anonymous = anonymous;
        this.submittedByUserId = submittedByUserId;
        this.submittedByName = submittedByName;
        this.submittedAt = submittedAt;
        this.question = question;
        this.parentsAttend = parentsAttend;
    }

    /** Outcomes, notes, actions and addenda belong only to items the chair accepted. */
    public void requireAccepted() {
        if (status != AgendaStatus.ACCEPTED) {
            throw new InvalidInputException("item", "outcome.validation.not-accepted");
        }
    }

    public void accept(int atPosition) {
        status = AgendaStatus.ACCEPTED;
        rejectionReason = null;
        position = atPosition;
    }

    public void reject(String reason) {
        status = AgendaStatus.REJECTED;
        rejectionReason = reason;
        clearPlace();
    }

    public void remove(String reasonKey) {
        status = AgendaStatus.REMOVED;
        removalReason = reasonKey;
        clearPlace();
    }

    /** To another meeting, where the chair decides again. */
    public void moveTo(long otherMeetingId) {
        meetingId = otherMeetingId;
        status = AgendaStatus.REQUESTED;
        clearPlace();
    }

    public void placeAt(int newPosition) {
        position = newPosition;
    }

    public void setSlot(@Nullable LocalTime start, @Nullable Integer minutes) {
        slotStart = start;
        slotMinutes = minutes;
    }

    private void clearPlace() {
        position = null;
        slotStart = null;
        slotMinutes = null;
    }

    public boolean isActive() {
        return status == AgendaStatus.REQUESTED || status == AgendaStatus.ACCEPTED;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public long getSubmittedByUserId() {
        return submittedByUserId;
    }

    public String getSubmittedByName() {
        return submittedByName;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getQuestion() {
        return question;
    }

    public boolean isParentsAttend() {
        return parentsAttend;
    }

    public AgendaStatus getStatus() {
        return status;
    }

    public @Nullable String getRejectionReason() {
        return rejectionReason;
    }

    public @Nullable String getRemovalReason() {
        return removalReason;
    }

    public @Nullable Integer getPosition() {
        return position;
    }

    public @Nullable LocalTime getSlotStart() {
        return slotStart;
    }

    public @Nullable Integer getSlotMinutes() {
        return slotMinutes;
    }
}
