package nl.kansrijkestart.mdo.offer.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One row of {@code offer_availability}: a municipality and the dates a service is offered there. */
@Embeddable
public class OfferPeriod {

    @Column(name = "municipality_code", nullable = false, length = 6)
    private String municipalityCode;

    @Column(name = "available_from", nullable = false)
    private LocalDate availableFrom;

    @Column(name = "available_until")
    private @Nullable LocalDate availableUntil;

    protected OfferPeriod() {
        this.municipalityCode = "";
        this.availableFrom = LocalDate.MIN;
    }

    public OfferPeriod(String municipalityCode, LocalDate availableFrom, @Nullable LocalDate availableUntil) {
        this.municipalityCode = municipalityCode;
        this.availableFrom = availableFrom;
        this.availableUntil = availableUntil;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public LocalDate getAvailableFrom() {
        return availableFrom;
    }

    public @Nullable LocalDate getAvailableUntil() {
        return availableUntil;
    }
}
