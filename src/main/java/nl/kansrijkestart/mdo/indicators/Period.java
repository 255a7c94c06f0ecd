package nl.kansrijkestart.mdo.indicators;

/** The length of the periods an indicator is counted in; a case counts once per period as a case. */
public enum Period {
    YEAR,
    QUARTER,
    MONTH
}
