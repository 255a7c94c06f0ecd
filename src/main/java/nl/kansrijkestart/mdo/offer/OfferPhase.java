package nl.kansrijkestart.mdo.offer;

/** The part of the first 1000 days a service is meant for. */
public enum OfferPhase {
    PREGNANCY,
    AFTER_BIRTH,
    BOTH;

    public String messageKey() {
        return "offer.phase." + name();
    }
}
