package nl.kansrijkestart.mdo.indicators;

import org.jspecify.annotations.Nullable;

/**
 * A figure of an earlier year imported from an earlier report, as published: its value, or
 * {@code null} with {@code suppressed} when it is small (1 to k−1) or a complement of a small one.
 * Always shown with its {@code source} ("TNO-rapport 2023"), never added to the application's counts.
 *
 * @param indicator "6", "7", "8", "10" or "12"
 * @param areaCode a region code or a CBS municipality code
 * @param measure see {@link HistoryMeasures}
 */
public record ImportedFigure(String indicator, String areaCode, int year, String measure, @Nullable Double value,
        boolean suppressed, String source) {}
