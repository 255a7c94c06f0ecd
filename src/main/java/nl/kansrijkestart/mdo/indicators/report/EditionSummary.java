package nl.kansrijkestart.mdo.indicators.report;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An edition in the list: which area and years, its number, whether and when it was published. */
public record EditionSummary(long id, String areaCode, String areaName, int fromYear, int toYear, int number,
        boolean published, Instant createdAt, @Nullable Instant publishedAt) {}
