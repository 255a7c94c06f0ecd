package nl.kansrijkestart.mdo.cases;

/** Whom a case is about. */
public enum CaseType {
    /** A pregnant woman (zwangere). */
    PREGNANCY,
    /** A family with child(ren) in the first 1000 days (gezin). */
    FAMILY;

    public String messageKey() {
        return "case.type." + name();
    }
}
