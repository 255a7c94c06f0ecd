package nl.kansrijkestart.mdo.reference;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A municipality's direct membership of a region for a period: from {@code from} (inclusive) until
 * {@code until} (exclusive, the first day it no longer belongs; {@code null} while it lasts).
 */
public record RegionMembershipSummary(MunicipalitySummary municipality, LocalDate from, @Nullable LocalDate until) {

    public boolean validOn(LocalDate day) {
        return !day.isBefore(from) && (until == null || day.isBefore(until));
    }
}
