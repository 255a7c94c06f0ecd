package nl.kansrijkestart.mdo.api;

import java.util.List;
import nl.kansrijkestart.mdo.indicators.DaysCell;
import nl.kansrijkestart.mdo.indicators.DaysReport;
import nl.kansrijkestart.mdo.indicators.ImportedFigure;
import nl.kansrijkestart.mdo.indicators.ShareCell;
import nl.kansrijkestart.mdo.indicators.StartCell;
import nl.kansrijkestart.mdo.indicators.StartsReport;
import nl.kansrijkestart.mdo.indicators.SupportDaysCell;
import nl.kansrijkestart.mdo.indicators.SupportDaysReport;
import nl.kansrijkestart.mdo.indicators.ShareReport;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of indicators 6, 10 and 12. A suppressed cell has {@code suppressed: true} and
 * {@code null} for every number, so a client cannot mistake it for zero. The group is a
 * municipality code or {@code TOTAL} for the whole selection. The years of {@code notYetPublished}
 * are still running and have no cells; {@code notYetPublishedReason} says why. In 6, 8, 10 and
 * 12, {@code imported} holds the figures of earlier years imported from earlier reports with their
 * source (measures {@code total}/{@code part}, a kind and phase such as {@code
 * VOORZORG/BEFORE_BIRTH}, {@code cases}/{@code median_days}), never part of {@code cells}.
 */
final class FactFeed {

    private FactFeed() {}

    record Shares(String indicator, int from, int to, @Nullable String region, int suppressionThreshold,
            List<ShareFeedCell> cells, List<String> notYetPublished, @Nullable String notYetPublishedReason,
            List<ImportedFiguresApi.Figure> imported) {

        static Shares of(ShareReport report, String reason) {
            return of(report, reason, List.of());
        }

        /** With the imported figures of the years and selection asked, apart from the cells. */
        static Shares of(ShareReport report, String reason, List<ImportedFigure> imported) {
            return new Shares(report.indicator().number(), report.request().fromYear(), report.request().toYear(),
                    report.request().regionCode(), report.threshold(),
                    report.cells().stream().map(ShareFeedCell::of).toList(), report.notYetPublished(),
                    report.notYetPublished().isEmpty() ? null : reason,
                    imported.stream().map(ImportedFiguresApi.Figure::of).toList());
        }
    }

    /** A year and group: how many were counted, how many of them qualify, and the percentage. */
    record ShareFeedCell(String period, String group, @Nullable Long total, @Nullable Long part,
            @Nullable Double percentage, boolean suppressed) {

        static ShareFeedCell of(ShareCell cell) {
            return new ShareFeedCell(cell.period(), cell.group(), cell.total().value(), cell.part().value(),
                    cell.percentage(), cell.suppressed());
        }
    }

    record Days(String indicator, int from, int to, @Nullable String region, int suppressionThreshold,
            List<DaysFeedCell> cells, List<String> notYetPublished, @Nullable String notYetPublishedReason,
            List<ImportedFiguresApi.Figure> imported) {

        static Days of(DaysReport report, String reason) {
            return of(report, reason, List.of());
        }

        /** With the imported figures of the years and selection asked, apart from the cells. */
        static Days of(DaysReport report, String reason, List<ImportedFigure> imported) {
            return new Days("12", report.request().fromYear(), report.request().toYear(),
                    report.request().regionCode(), report.threshold(),
                    report.cells().stream().map(DaysFeedCell::of).toList(), report.notYetPublished(),
                    report.notYetPublished().isEmpty() ? null : reason,
                    imported.stream().map(ImportedFiguresApi.Figure::of).toList());
        }
    }

    /** A year and group: cases first discussed, and the median and quartiles of their days waited. */
    record DaysFeedCell(String period, String group, @Nullable Long cases, @Nullable Double medianDays,
            @Nullable Double lowerQuartileDays, @Nullable Double upperQuartileDays, boolean suppressed) {

        static DaysFeedCell of(DaysCell cell) {
            return new DaysFeedCell(cell.period(), cell.group(), cell.cases().value(), cell.median(),
                    cell.lowerQuartile(), cell.upperQuartile(), cell.suppressed());
        }
    }

    record Starts(String indicator, int from, int to, @Nullable String region, int suppressionThreshold,
            List<StartFeedCell> cells, List<String> notYetPublished, @Nullable String notYetPublishedReason,
            List<ImportedFiguresApi.Figure> imported) {

        static Starts of(StartsReport report, String reason) {
            return of(report, reason, List.of());
        }

        /** With the imported figures of the years and selection asked, apart from the cells. */
        static Starts of(StartsReport report, String reason, List<ImportedFigure> imported) {
            return new Starts("8", report.request().fromYear(), report.request().toYear(),
                    report.request().regionCode(), report.threshold(),
                    report.cells().stream().map(StartFeedCell::of).toList(), report.notYetPublished(),
                    report.notYetPublished().isEmpty() ? null : reason,
                    imported.stream().map(ImportedFiguresApi.Figure::of).toList());
        }
    }

    /** A year, group, kind of support and phase (BEFORE_BIRTH, AFTER_BIRTH, UNKNOWN): families whose first support of that kind started. */
    record StartFeedCell(String period, String group, String kind, String phase, @Nullable Long cases,
            boolean suppressed) {

        static StartFeedCell of(StartCell cell) {
            return new StartFeedCell(cell.period(), cell.group(), cell.kind().name(), cell.phase().name(),
                    cell.cases().value(), cell.cases().suppressed());
        }
    }

    record SupportDays(String indicator, int from, int to, @Nullable String region, int suppressionThreshold,
            List<SupportDaysFeedCell> cells, List<String> notYetPublished, @Nullable String notYetPublishedReason) {

        static SupportDays of(SupportDaysReport report, String reason) {
            return new SupportDays("12-support", report.request().fromYear(), report.request().toYear(),
                    report.request().regionCode(), report.threshold(),
                    report.cells().stream().map(SupportDaysFeedCell::of).toList(), report.notYetPublished(),
                    report.notYetPublished().isEmpty() ? null : reason);
        }
    }

    /** A year and group: cases whose support by the social team or CJG first started, median and mean days since registration. */
    record SupportDaysFeedCell(String period, String group, @Nullable Long cases, @Nullable Double medianDays,
            @Nullable Double meanDays, boolean suppressed) {

        static SupportDaysFeedCell of(SupportDaysCell cell) {
            return new SupportDaysFeedCell(cell.period(), cell.group(), cell.cases().value(), cell.median(),
                    cell.mean(), cell.suppressed());
        }
    }
}
