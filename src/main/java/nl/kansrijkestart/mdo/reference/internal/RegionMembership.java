package nl.kansrijkestart.mdo.reference.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A municipality's membership of a region for a period: from {@code validFrom} (inclusive) until
 * {@code validUntil} (exclusive; {@code null} while it lasts). Immutable: ending a period replaces it.
 */
@Embeddable
public class RegionMembership {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "municipality_id", nullable = false)
    private Municipality municipality;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private @Nullable LocalDate validUntil;

    protected RegionMembership() {
        this.municipality = new Municipality();
        this.validFrom = LocalDate.MIN;
    }

    RegionMembership(Municipality municipality, LocalDate validFrom, @Nullable LocalDate validUntil) {
        this.municipality = municipality;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public @Nullable LocalDate getValidUntil() {
        return validUntil;
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || day.isBefore(validUntil));
    }

    boolean isOpen() {
        return validUntil == null;
    }

    RegionMembership endingOn(LocalDate day) {
        return new RegionMembership(municipality, validFrom, day);
    }

    RegionMembership reopened() {
        return new RegionMembership(municipality, validFrom, null);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegionMembership that && Objects.equals(municipality.getId(), that.municipality.getId())
                && validFrom.equals(that.validFrom) && Objects.equals(validUntil, that.validUntil);
    }

    @Override
    public int hashCode() {
        return Objects.hash(municipality.getId(), validFrom, validUntil);
    }
}
