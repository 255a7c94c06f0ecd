package nl.kansrijkestart.mdo.reference;

public record MunicipalitySummary(long id, long version, String code, String name, boolean active) {

    /** How a municipality is shown in lists and pickers: "Arnhem (GM0202)". */
    public String label() {
        return name + " (" + code + ")";
    }
}
