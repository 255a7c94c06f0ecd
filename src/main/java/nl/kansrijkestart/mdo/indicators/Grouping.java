package nl.kansrijkestart.mdo.indicators;

/** What the rows of an indicator table stand for. */
public enum Grouping {
    MUNICIPALITY,
    /** Regions at any depth; a region counts the events of all its municipalities as at event time. */
    REGION,
    MEETING_TYPE,
    CASE_TYPE,
    /** Case type and meeting type together ("PREGNANCY/POP"): the rows of the regional report. */
    CASE_AND_MEETING_TYPE,
    /** Case type and municipality ("PREGNANCY/GM0202"): the municipality strata of the FHIR report. */
    CASE_TYPE_AND_MUNICIPALITY,
    /** Case type and region ("FAMILY/OOST"): the region strata of the FHIR report. */
    CASE_TYPE_AND_REGION;

    /** Whether the rows are regions, counted through the regions stored with each event. */
    boolean byRegion() {
        return this == REGION || this == CASE_TYPE_AND_REGION;
    }

    /** Whether the rows are meeting or case types of one area (the total, a region or a municipality). */
    boolean byType() {
        return this == MEETING_TYPE || this == CASE_TYPE || this == CASE_AND_MEETING_TYPE;
    }
}
