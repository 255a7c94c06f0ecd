package nl.kansrijkestart.mdo.cases;

public enum ConsentGiver {
    CLIENT,
    LEGAL_REPRESENTATIVE;

    public String messageKey() {
        return "consent.giver." + name();
    }
}
