package nl.kansrijkestart.mdo.cases;

/**
 * How an informal network member relates to the parent. A fixed list rather than free text, so
 * that nothing identifying (a name, an address) can be typed into it.
 */
public enum NetworkRelation {
    PARTNER,
    PARENT,
    SIBLING,
    OTHER_FAMILY,
    FRIEND,
    NEIGHBOUR,
    OTHER;

    public String messageKey() {
        return "network.relation." + name();
    }
}
