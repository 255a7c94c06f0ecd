package nl.kansrijkestart.mdo.indicators.report;

import java.util.List;
import nl.kansrijkestart.mdo.indicators.FactIndicator;
import nl.kansrijkestart.mdo.indicators.FactIndicatorService;
import nl.kansrijkestart.mdo.indicators.HistoryService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The chapters of the report in the order of the regional set: 6, 7, 8 (support started after a
 * referral), 10 and 12.
 */
@Component
class ReportChapters {

    private final List<ChapterDefinition> chapters;

    ReportChapters(DiscussedCasesChapter discussedCases, SupportStartsChapter supportStarts,
            FactIndicatorService facts, HistoryService history, MessageSource messages) {
        this.chapters = List.of(
                new FactChapter(FactIndicator.VALIDATED_INSTRUMENTS, facts, history, messages),
                discussedCases,
                supportStarts,
                new FactChapter(FactIndicator.SOCIAL_CASE_DIRECTORS, facts, history, messages),
                new FactChapter(FactIndicator.DAYS_TO_FIRST_DISCUSSION, facts, history, messages));
    }

    List<ChapterDefinition> all() {
        return chapters;
    }
}
