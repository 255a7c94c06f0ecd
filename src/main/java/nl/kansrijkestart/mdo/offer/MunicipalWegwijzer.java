package nl.kansrijkestart.mdo.offer;

import java.time.LocalDate;
import java.util.List;

/** What a municipality's wegwijzer prints: the services offered there on {@code day}. No case data. */
public record MunicipalWegwijzer(String municipalityCode, String municipalityName, LocalDate day,
        List<OfferSummary> offers) {

    public MunicipalWegwijzer {
        offers = List.copyOf(offers);
    }
}
