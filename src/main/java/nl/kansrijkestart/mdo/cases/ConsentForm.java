package nl.kansrijkestart.mdo.cases;

public enum ConsentForm {
    VERBAL,
    WRITTEN,
    DIGITAL;

    public String messageKey() {
        return "consent.form." + name();
    }
}
