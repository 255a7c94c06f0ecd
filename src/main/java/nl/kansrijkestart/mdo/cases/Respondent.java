package nl.kansrijkestart.mdo.cases;

/** Who answered the instrument, or that the professional filled it in from observation. */
public enum Respondent {
    CLIENT,
    PARTNER,
    CLIENT_AND_PARTNER,
    PROFESSIONAL_OBSERVATION;

    public String messageKey() {
        return "assessment.respondent." + name();
    }
}
