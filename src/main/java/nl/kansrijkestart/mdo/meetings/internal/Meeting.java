package nl.kansrijkestart.mdo.meetings.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.kansrijkestart.mdo.meetings.MeetingStatus;
import nl.kansrijkestart.mdo.meetings.MeetingType;
import nl.kansrijkestart.mdo.shared.AbstractEntity;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "meeting")
public class Meeting extends AbstractEntity {

    public static final int PLACE_MAX = 200;
    public static final int VIDEO_LINK_MAX = 500;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MeetingType type;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    private @Nullable String place;

    @Column(name = "video_link")
    private @Nullable String videoLink;

    @Column(name = "municipality_code")
    private @Nullable String municipalityCode;

    @Column(name = "region_code")
    private @Nullable String regionCode;

    @Column(name = "chair_user_id", nullable = false, updatable = false)
    private long chairUserId;

    @Column(name = "chair_name", nullable = false)
    private String chairName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingStatus status = MeetingStatus.PLANNED;

    @Column(name = "series_id", updatable = false)
    private @Nullable String seriesId;

    @ElementCollection
    @CollectionTable(name = "meeting_participant", joinColumns = @JoinColumn(name = "meeting_id"))
    private Set<MeetingParticipant> participants = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "meeting_guest", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "guest_index")
    private List<MeetingGuest> guests = new ArrayList<>();

    @Column(name = "current_item_id")
    private @Nullable Long currentItemId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected Meeting() {}

    public Meeting(MeetingType type, Instant startsAt, int durationMinutes, @Nullable String place,
            @Nullable String videoLink, @Nullable String municipalityCode, @Nullable String regionCode,
            long chairUserId, String chairName, @Nullable String seriesId, Instant now) {
        this.type = type;
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.place = place;
        this.videoLink = videoLink;
        this.municipalityCode = municipalityCode;
        this.regionCode = regionCode;
        this.chairUserId = chairUserId;
        this.chairName = chairName;
        this.seriesId = seriesId;
        this.createdAt = now;
        this.createdBy = chairName;
        this.updatedAt = now;
        this.updatedBy = chairName;
    }

    public boolean isChairedBy(long userId) {
        return chairUserId == userId;
    }

    /** The chair and the invited users take part; nobody else sees the meeting. */
    public boolean isOpenTo(long userId) {
        return isChairedBy(userId) || participants.stream().anyMatch(p -> p.userId() == userId);
    }

    /** The chair opens the meeting: from now on outcomes can be recorded. */
    public void start() {
        status = MeetingStatus.RUNNING;
    }

    /** Locks the outcomes; nothing of the meeting changes after this. */
    public void close() {
        status = MeetingStatus.CLOSED;
    }

    /** Before the meeting is held the chair may move it in time or place. */
    public void reschedule(Instant newStartsAt, int newDurationMinutes, @Nullable String newPlace,
            @Nullable String newVideoLink) {
        startsAt = newStartsAt;
        durationMinutes = newDurationMinutes;
        place = newPlace;
        videoLink = newVideoLink;
    }

    public void cancel() {
        status = MeetingStatus.CANCELLED;
    }

    /** True when the user was invited and is no longer. */
    public boolean uninvite(long userId) {
        return participants.removeIf(p -> p.userId() == userId);
    }

    /** The chair moves the discussion to this item; everyone's page follows. */
    public void discuss(long itemId) {
        currentItemId = itemId;
    }

    public @Nullable Long getCurrentItemId() {
        return currentItemId;
    }

    public void touch(String by, Instant now) {
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public MeetingType getType() {
        return type;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public @Nullable String getPlace() {
        return place;
    }

    public @Nullable String getVideoLink() {
        return videoLink;
    }

    public @Nullable String getMunicipalityCode() {
        return municipalityCode;
    }

    public @Nullable String getRegionCode() {
        return regionCode;
    }

    public long getChairUserId() {
        return chairUserId;
    }

    public String getChairName() {
        return chairName;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public @Nullable String getSeriesId() {
        return seriesId;
    }

    public Set<MeetingParticipant> getParticipants() {
        return participants;
    }

    public List<MeetingGuest> getGuests() {
        return guests;
    }
}
