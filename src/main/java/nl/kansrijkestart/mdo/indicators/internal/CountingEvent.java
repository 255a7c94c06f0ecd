package nl.kansrijkestart.mdo.indicators.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.meetings.MeetingType;
import org.jspecify.annotations.Nullable;

/** One discussion of a case, as counted: immutable once stored, and holding nothing about the person. */
@Entity
@Table(name = "counting_event")
public class CountingEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "period_date", nullable = false, updatable = false)
    private LocalDate periodDate = LocalDate.EPOCH;

    /** The year of {@link #periodDate}, stored for the yearly exports' index (V057). */
    @Column(name = "period_year", nullable = false, updatable = false)
    private int periodYear = LocalDate.EPOCH.getYear();

    @Column(name = "municipality_code", nullable = false, updatable = false)
    private String municipalityCode = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_type", nullable = false, updatable = false)
    private MeetingType meetingType = MeetingType.MDO_VULNERABLE_PREGNANCY;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type", nullable = false, updatable = false)
    private CaseType caseType = CaseType.PREGNANCY;

    @Column(nullable = false, updatable = false)
    private boolean anonymous;

    @Column(nullable = false, updatable = false)
    private String token = "";

    /**
     * The day the discussion was recorded (V091): a year is published from what was recorded
     * before its publication day, so a late record never changes a published figure.
     */
    @Column(name = "recorded_on", nullable = false, updatable = false)
    private LocalDate recordedOn = LocalDate.EPOCH;

    /** The regions, each row carrying copies of this event's columns for the region export (V056). */
    @ElementCollection
    @CollectionTable(name = "counting_event_region", joinColumns = @JoinColumn(name = "counting_event_id"))
    private Set<CountingEventRegion> regions = new HashSet<>();

    protected CountingEvent() {}

    /** A discussion recorded on its own day, as the demo history has them. */
    public CountingEvent(LocalDate periodDate, String municipalityCode, Set<String> regionCodes,
            MeetingType meetingType, CaseType caseType, boolean anonymous, String token) {
        this(periodDate, periodDate, municipalityCode, regionCodes, meetingType, caseType, anonymous, token);
    }

    public CountingEvent(LocalDate periodDate, LocalDate recordedOn, String municipalityCode, Set<String> regionCodes,
            MeetingType meetingType, CaseType caseType, boolean anonymous, String token) {
        this.recordedOn = recordedOn;
        this.periodDate = periodDate;
        this.periodYear = periodDate.getYear();
        this.municipalityCode = municipalityCode;
        this.meetingType = meetingType;
        this.caseType = caseType;
        this.anonymous = anonymous;
        this.token = token;
        this.regions = regionCodes.stream()
                .map(code -> new CountingEventRegion(code, periodDate, recordedOn, municipalityCode, meetingType,
                        caseType, token))
                .collect(Collectors.toCollection(HashSet::new));
    }

    public LocalDate getPeriodDate() {
        return periodDate;
    }

    public LocalDate getRecordedOn() {
        return recordedOn;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public Set<String> getRegionCodes() {
        return regions.stream().map(CountingEventRegion::regionCode).collect(Collectors.toUnmodifiableSet());
    }

    public MeetingType getMeetingType() {
        return meetingType;
    }

    public CaseType getCaseType() {
        return caseType;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public String getToken() {
        return token;
    }
}
