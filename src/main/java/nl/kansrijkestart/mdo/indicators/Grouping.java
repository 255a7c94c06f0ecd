package nl.kansrijkestart.mdo.indicators;

/** What the rows of an indicator table stand for. */
public enum Grouping {
    MUNICIPALITY,
    /** Regions at any depth; a region counts the events of all its municipalities as at event time. */
    REGION,
    MEETING_TYPE,
    CASE_TYPE,
    /** Case type and meeting type together ("PREGNANCY/POP"): the rows of the regional report. */
    CASE_AND_MEETING_TYPE
}
