package nl.kansrijkestart.mdo.indicators.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.meetings.MeetingType;
import org.jspecify.annotations.Nullable;

/**
 * One region a counting event counts in, with copies of the event's columns a region grouping
 * reads (V056) and the year of its date (V057): the region export then reads only this table. The copies are taken from the event
 * when it is created and, like the event, never change.
 */
@Embeddable
class CountingEventRegion {

    @Column(name = "region_code", nullable = false, updatable = false)
    private String regionCode = "";

    @Column(name = "period_date", nullable = false, updatable = false)
    private LocalDate periodDate = LocalDate.EPOCH;

    @Column(name = "period_year", nullable = false, updatable = false)
    private int periodYear = LocalDate.EPOCH.getYear();

    @Column(name = "recorded_on", nullable = false, updatable = false)
    private LocalDate recordedOn = LocalDate.EPOCH;

    @Column(name = "municipality_code", nullable = false, updatable = false)
    private String municipalityCode = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_type", nullable = false, updatable = false)
    private MeetingType meetingType = MeetingType.MDO_VULNERABLE_PREGNANCY;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type", nullable = false, updatable = false)
    private CaseType caseType = CaseType.PREGNANCY;

    @Column(nullable = false, updatable = false)
    private String token = "";

    protected CountingEventRegion() {}

    CountingEventRegion(String regionCode, LocalDate periodDate, LocalDate recordedOn, String municipalityCode,
            MeetingType meetingType, CaseType caseType, String token) {
        this.recordedOn = recordedOn;
        this.regionCode = regionCode;
        this.periodDate = periodDate;
        this.periodYear = periodDate.getYear();
        this.municipalityCode = municipalityCode;
        this.meetingType = meetingType;
        this.caseType = caseType;
        this.token = token;
    }

    String regionCode() {
        return regionCode;
    }

    /** Within one event a region occurs once; the copied columns are the same for all its rows. */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof CountingEventRegion row && regionCode.equals(row.regionCode)
                && periodDate.equals(row.periodDate) && recordedOn.equals(row.recordedOn) && municipalityCode.equals(row.municipalityCode)
                && meetingType == row.meetingType && caseType == row.caseType && token.equals(row.token);
    }

    @Override
    public int hashCode() {
        return Objects.hash(regionCode, periodDate, recordedOn, municipalityCode, meetingType, caseType, token);
    }
}
