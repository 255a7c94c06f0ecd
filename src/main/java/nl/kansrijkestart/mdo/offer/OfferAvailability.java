package nl.kansrijkestart.mdo.offer;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A service is offered in a municipality (CBS code) from a date until a date (inclusive) or open-ended. */
public record OfferAvailability(String municipalityCode, LocalDate from, @Nullable LocalDate until) {

    public boolean covers(String municipality, LocalDate day) {
        return municipalityCode.equals(municipality) && !day.isBefore(from) && (until == null || !day.isAfter(until));
    }
}
