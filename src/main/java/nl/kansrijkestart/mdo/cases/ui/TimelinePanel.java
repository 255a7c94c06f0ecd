package nl.kansrijkestart.mdo.cases.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.regex.Pattern;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.shared.MessageKey;
import nl.kansrijkestart.mdo.shared.ui.Dates;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;

/** Everything that happened to the case, newest first. */
class TimelinePanel extends VerticalLayout {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    final Grid<CaseDetails.TimelineEntry> grid = new Grid<>();

    TimelinePanel() {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.of("Europe/Amsterdam"));
        grid.setId("timeline");
        grid.addColumn(entry -> when.format(entry.at())).setHeader(getTranslation("timeline.when")).setAutoWidth(true);
        grid.addColumn(CaseDetails.TimelineEntry::actor).setHeader(getTranslation("timeline.who")).setAutoWidth(true);
        grid.addColumn(this::describe).setHeader(getTranslation("timeline.what")).setFlexGrow(1);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    void show(CaseDetails details) {
        grid.setItems(details.timeline());
    }

    private String describe(CaseDetails.TimelineEntry entry) {
        Object[] arguments = entry.arguments().stream().map(this::argument).toArray();
        return FieldErrors.translate(this, entry.messageKey(), arguments);
    }

    /** "#key" is a text to translate; a stored date reads as people write it ("8 december 2026"). */
    private Object argument(String stored) {
        if (stored.startsWith("#")) {
            return new MessageKey(stored.substring(1));
        }
        if (ISO_DATE.matcher(stored).matches()) {
            return Dates.written(getLocale(), LocalDate.parse(stored));
        }
        return stored;
    }
}
