package nl.kansrijkestart.mdo.indicators;

import org.jspecify.annotations.Nullable;

/**
 * What a coordinator asks of indicator 6, 10 or 12: calendar years {@code fromYear} to
 * {@code toYear} inclusive, optionally only the municipalities that belong to one region today.
 */
public record FactRequest(int fromYear, int toYear, @Nullable String regionCode) {}
