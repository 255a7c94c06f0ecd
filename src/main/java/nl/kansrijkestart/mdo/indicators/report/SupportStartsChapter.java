package nl.kansrijkestart.mdo.indicators.report;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.BirthPhase;
import nl.kansrijkestart.mdo.indicators.FactIndicatorService;
import nl.kansrijkestart.mdo.indicators.FactRequest;
import nl.kansrijkestart.mdo.indicators.HistoryService;
import nl.kansrijkestart.mdo.indicators.ImportedFigure;
import nl.kansrijkestart.mdo.indicators.StartCell;
import nl.kansrijkestart.mdo.indicators.StartsReport;
import nl.kansrijkestart.mdo.offer.OfferKind;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Indicator 8: the families of the area whose first support of a kind (an intervention such as
 * VoorZorg or the social team) started in the year after a referral, before or after the birth; a
 * row per kind and phase ("VoorZorg: gestart vóór de geboorte"), one column per year, and for a
 * region, as in the other chapters, the rows of each member municipality after them ("Arnhem –
 * VoorZorg: gestart vóór de geboorte"). The cells are the feed's answers ({@link
 * FactIndicatorService#supportStarted}): the area's {@code TOTAL} and each member's cells for a
 * region, the municipality's own row for a municipality. Imported figures of earlier years (a kind
 * and phase per area, {@code VOORZORG/BEFORE_BIRTH}) fill their years with their source, published
 * as the feed publishes them. A kind and phase without any start or imported figure in any year is
 * left out (without any at all, one empty row of the area stands for the table).
 */
@Component
class SupportStartsChapter implements ChapterDefinition {

    private final FactIndicatorService facts;
    private final HistoryService history;
    private final MessageSource messages;

    SupportStartsChapter(FactIndicatorService facts, HistoryService history, MessageSource messages) {
        this.facts = facts;
        this.history = history;
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
        String own = area.region() ? FactIndicatorService.TOTAL : area.code();
        List<StartCell> cells = report.cells().stream()
                .filter(cell -> cell.group().equals(own) || area.memberCodes().contains(cell.group())).toList();
        List<ImportedFigure> imported = history.published(indicator(), area.historyFrom(), area.toYear()).stream()
                .filter(figure -> key(area, figure.areaCode().equals(area.code()) ? own : figure.areaCode(),
                        figure.measure()) != null)
                .toList();
        Set<String> named = new HashSet<>();
        cells.forEach(cell -> named.add(key(area, cell.group(), cell.kind().name() + "/" + cell.phase().name())));
        imported.forEach(figure -> named.add(key(area, figure.areaCode().equals(area.code()) ? own
                : figure.areaCode(), figure.measure())));
        RowTable table = new RowTable();
        // Rows in the order of the kinds and phases, the area's first, then each member's (by name);
        // only those with a figure. The first is the chart's and trend's.
        if (named.isEmpty()) {
            table.row(OfferKind.values()[0].name() + "/" + BirthPhase.BEFORE_BIRTH.name(),
                    label(OfferKind.values()[0], BirthPhase.BEFORE_BIRTH, locale));
        }
        rowsOf(table, own, area, named, locale);
        area.members().forEach(member -> rowsOf(table, member.code(), area, named, locale));
        for (StartCell cell : cells) {
            table.own(key(area, cell.group(), cell.kind(), cell.phase()), Integer.parseInt(cell.period()),
                    figures.count(cell.cases(), null));
        }
        for (ImportedFigure figure : imported) {
            String key = key(area, figure.areaCode().equals(area.code()) ? own : figure.areaCode(), figure.measure());
            table.imported(key, figure.year(), figure.suppressed() ? figures.hidden(figure.source())
                    : figures.whole(figure.value(), figure.source()));
        }
        return table.rows(area, messages.getMessage("report.imported-row", null, locale), true);
    }

    /** Names the rows of one group (the area's own, or a member) that have a figure, in kind and phase order. */
    private void rowsOf(RowTable table, String group, EditionArea area, Set<String> named, Locale locale) {
        for (OfferKind kind : OfferKind.values()) {
            for (BirthPhase phase : BirthPhase.values()) {
                String key = key(area, group, kind, phase);
                if (named.contains(key)) {
                    String label = label(kind, phase, locale);
                    table.row(key, area.memberCodes().contains(group)
                            ? messages.getMessage("report.row.in-municipality",
                                    new Object[] {area.memberNames().get(group), label}, locale)
                            : label);
                }
            }
        }
    }

    private String label(OfferKind kind, BirthPhase phase, Locale locale) {
        return messages.getMessage("report.row.support-started." + phase.name(),
                new Object[] {messages.getMessage(kind.messageKey(), null, locale)}, locale);
    }

    private static String key(EditionArea area, String group, OfferKind kind, BirthPhase phase) {
        return key(area, group, kind.name() + "/" + phase.name());
    }

    /**
     * The key of a row: the kind and phase as the feed names them ("VOORZORG/BEFORE_BIRTH") for the
     * area itself, with the member's code before them for a member ("GM0202/VOORZORG/BEFORE_BIRTH");
     * {@code null} for a group that is neither.
     */
    private static @Nullable String key(EditionArea area, String group, String kindAndPhase) {
        if (area.memberCodes().contains(group)) {
            return group + "/" + kindAndPhase;
        }
        boolean own = area.region() ? FactIndicatorService.TOTAL.equals(group) : area.code().equals(group);
        return own ? kindAndPhase : null;
    }
}
