package nl.kansrijkestart.mdo.indicators.report;

import java.util.List;
import java.util.Locale;
import nl.kansrijkestart.mdo.cases.BirthPhase;
import nl.kansrijkestart.mdo.indicators.FactIndicatorService;
import nl.kansrijkestart.mdo.indicators.FactRequest;
import nl.kansrijkestart.mdo.indicators.StartCell;
import nl.kansrijkestart.mdo.indicators.StartsReport;
import nl.kansrijkestart.mdo.offer.OfferKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Indicator 8: the families of the area whose first support of a kind (an intervention such as
 * VoorZorg or the social team) started in the year after a referral, before or after the birth; a
 * row per kind and phase ("VoorZorg: gestart vóór de geboorte"), one column per year. The cells are
 * the feed's answers ({@link FactIndicatorService#supportStarted}): the area's {@code TOTAL} for a
 * region, the municipality's own row for a municipality; a kind and phase without any start in
 * any year is left out (without any start at all, one empty row stands for the table).
 */
@Component
class SupportStartsChapter implements ChapterDefinition {

    private final FactIndicatorService facts;
    private final MessageSource messages;

    SupportStartsChapter(FactIndicatorService facts, MessageSource messages) {
        this.facts = facts;
        this.messages = messages;
    }

    @Override
    public String indicator() {
        return "8";
    }

    @Override
    public String titleKey() {
        return "report.title.8";
    }

    @Override
    public List<ChapterRow> rows(EditionArea area, Locale locale) {
        StartsReport report = facts.supportStarted(new FactRequest(area.fromYear(), area.toYear(),
                area.region() ? area.code() : null));
        Figures figures = new Figures(messages, locale, report.threshold());
        String group = area.region() ? FactIndicatorService.TOTAL : area.code();
        List<StartCell> own = report.cells().stream().filter(cell -> cell.group().equals(group)).toList();
        RowTable table = new RowTable();
        // Rows in the order of the kinds and phases, only those with a start; the first is the chart's and trend's.
        for (OfferKind kind : OfferKind.values()) {
            for (BirthPhase phase : BirthPhase.values()) {
                if (own.stream().anyMatch(cell -> cell.kind() == kind && cell.phase() == phase)) {
                    row(table, kind, phase, locale);
                }
            }
        }
        if (own.isEmpty()) {
            row(table, OfferKind.values()[0], BirthPhase.BEFORE_BIRTH, locale);
        }
        for (StartCell cell : own) {
            table.own(key(cell.kind(), cell.phase()), Integer.parseInt(cell.period()),
                    figures.count(cell.cases(), null));
        }
        return table.rows(area, messages.getMessage("report.imported-row", null, locale), true);
    }

    private void row(RowTable table, OfferKind kind, BirthPhase phase, Locale locale) {
        table.row(key(kind, phase), messages.getMessage("report.row.support-started." + phase.name(),
                new Object[] {messages.getMessage("offer.kind." + kind.name(), null, locale)}, locale));
    }

    /** The key of a row: kind and phase, as the feed names them ("VOORZORG/BEFORE_BIRTH"). */
    static String key(OfferKind kind, BirthPhase phase) {
        return kind.name() + "/" + phase.name();
    }
}
