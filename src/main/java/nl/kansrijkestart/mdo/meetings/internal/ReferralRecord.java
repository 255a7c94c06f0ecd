package nl.kansrijkestart.mdo.meetings.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import nl.kansrijkestart.mdo.meetings.ReferralStatus;
import nl.kansrijkestart.mdo.offer.OfferKind;
import nl.kansrijkestart.mdo.shared.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A referral of a case to a service of the local offer ({@code referral}, V102). */
@Entity
@Table(name = "referral")
public class ReferralRecord extends AbstractEntity {

    public static final int REASON_MAX = 500;

    @Column(name = "case_number", nullable = false, updatable = false, length = 12)
    private String caseNumber;

    @Column(name = "agenda_item_id", updatable = false)
    private @Nullable Long agendaItemId;

    @Column(name = "offer_id", nullable = false, updatable = false)
    private long offerId;

    @Column(name = "offer_name", nullable = false, updatable = false, length = 120)
    private String offerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "offer_kind", nullable = false, updatable = false, length = 30)
    private OfferKind offerKind;

    @Column(name = "local_team", nullable = false, updatable = false)
    private boolean localTeam;

    @Column(name = "referrer_user_id", nullable = false, updatable = false)
    private long referrerUserId;

    @Column(name = "referrer_name", nullable = false, updatable = false, length = 100)
    private String referrerName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReferralStatus status = ReferralStatus.ADVISED;

    @Column(name = "advised_on", nullable = false, updatable = false)
    private LocalDate advisedOn;

    @Column(name = "referred_on")
    private @Nullable LocalDate referredOn;

    @Column(name = "started_on")
    private @Nullable LocalDate startedOn;

    @Column(name = "ended_on")
    private @Nullable LocalDate endedOn;

    @Column(name = "declined_on")
    private @Nullable LocalDate declinedOn;

    @Column(name = "declined_reason", length = REASON_MAX)
    private @Nullable String declinedReason;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "last_changed_by", nullable = false, length = 100)
    private String lastChangedBy;

    protected ReferralRecord() {
        this.caseNumber = "";
        this.offerName = "";
        this.offerKind = OfferKind.OTHER;
        this.referrerName = "";
        this.advisedOn = LocalDate.MIN;
        this.recordedBy = "";
        this.recordedAt = Instant.EPOCH;
        this.lastChangedBy = "";
    }

    public ReferralRecord(String caseNumber, @Nullable Long agendaItemId, long offerId, String offerName,
            OfferKind offerKind, boolean localTeam, long referrerUserId, String referrerName, LocalDate advisedOn,
            String recordedBy, Instant recordedAt) {
        this.caseNumber = caseNumber;
        this.agendaItemId = agendaItemId;
        this.offerId = offerId;
        this.offerName = offerName;
        this.offerKind = offerKind;
        this.localTeam = localTeam;
        this.referrerUserId = referrerUserId;
        this.referrerName = referrerName;
        this.advisedOn = advisedOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.lastChangedBy = recordedBy;
    }

    /** Moves to {@code next} on {@code day}; the service has checked that the step is allowed. */
    public void move(ReferralStatus next, LocalDate day, @Nullable String reason, String by) {
        switch (next) {
            case REFERRED -> referredOn = day;
            case STARTED -> startedOn = day;
            case ENDED -> endedOn = day;
            case DECLINED -> {
                declinedOn = day;
                declinedReason = reason;
            }
            case ADVISED -> throw new IllegalArgumentException("a referral is advised only when it is created");
        }
        status = next;
        lastChangedBy = by;
    }

    public String getCaseNumber() { return caseNumber; }
    public @Nullable Long getAgendaItemId() { return agendaItemId; }
    public long getOfferId() { return offerId; }
    public String getOfferName() { return offerName; }
    public OfferKind getOfferKind() { return offerKind; }
    public boolean isLocalTeam() { return localTeam; }
    public long getReferrerUserId() { return referrerUserId; }
    public String getReferrerName() { return referrerName; }
    public ReferralStatus getStatus() { return status; }
    public LocalDate getAdvisedOn() { return advisedOn; }
    public @Nullable LocalDate getReferredOn() { return referredOn; }
    public @Nullable LocalDate getStartedOn() { return startedOn; }
    public @Nullable LocalDate getEndedOn() { return endedOn; }
    public @Nullable LocalDate getDeclinedOn() { return declinedOn; }
    public @Nullable String getDeclinedReason() { return declinedReason; }
    public String getLastChangedBy() { return lastChangedBy; }
}
