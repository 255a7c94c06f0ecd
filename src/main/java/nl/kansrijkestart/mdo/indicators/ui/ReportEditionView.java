package nl.kansrijkestart.mdo.indicators.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.kansrijkestart.mdo.indicators.report.ChapterRow;
import nl.kansrijkestart.mdo.indicators.report.EditionSummary;
import nl.kansrijkestart.mdo.indicators.report.ReportChapter;
import nl.kansrijkestart.mdo.indicators.report.ReportEdition;
import nl.kansrijkestart.mdo.indicators.report.ReportEditionNotFoundException;
import nl.kansrijkestart.mdo.indicators.report.ReportFigure;
import nl.kansrijkestart.mdo.indicators.report.ReportPdf;
import nl.kansrijkestart.mdo.indicators.report.ReportService;
import nl.kansrijkestart.mdo.shared.ConcurrentChangeException;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * One edition of the regional indicator report: the summary of trends, then per chapter the
 * definition, the table (imported figures marked with their source, cells changed since the last
 * published edition, or since another edition of the same area chosen to compare, marked), a bar
 * chart and the coordinator's commentary (editable while a draft); publishing and the PDF. Opening the page and downloading are exports in the access log.
 */
@Route("indicatoren/rapportages/:editionId([0-9]{1,18})")
@RolesAllowed("COORDINATOR")
public class ReportEditionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReportService reports;
    private final ReportPdf pdf;
    /** Downloads run outside the UI's lock: they read the edition's id and language from here. */
    private final Locale locale;
    private volatile long editionId;
    private volatile @Nullable ReportEdition edition;
    /** The edition chosen to compare with, or {@code null} for the last published one before it. */
    private volatile @Nullable Long comparedId;
    final ComboBox<EditionSummary> compare = new ComboBox<>();
    final List<TextArea> commentaries = new ArrayList<>();

    ReportEditionView(ReportService reports, ReportPdf pdf) {
        this.reports = reports;
        this.pdf = pdf;
        this.locale = getLocale();
        compare.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                compareWith(event.getValue());
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            editionId = Long.parseLong(event.getRouteParameters().get("editionId").orElse("0"));
            show(reports.open(editionId, locale));
        } catch (ReportEditionNotFoundException | NumberFormatException unknown) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    ReportEdition edition() {
        if (edition == null) {
            throw new IllegalStateException("No edition shown");
        }
        return edition;
    }

    private void show(ReportEdition shown) {
        edition = shown;
        removeAll();
        commentaries.clear();
        add(new H1(getTranslation("report.pdf.title") + " — " + shown.areaName()),
                new Paragraph(getTranslation("report.years", String.valueOf(shown.fromYear()),
                        String.valueOf(shown.toYear())) + " · " + status(shown)));
        Anchor download = new Anchor(this::download, getTranslation("report.download.pdf"));
        download.setId("report-pdf");
        HorizontalLayout actions = new HorizontalLayout(download);
        if (!shown.published()) {
            Button publish = new Button(getTranslation("report.publish"), click -> publish());
            publish.setId("report-publish");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(publish);
            add(new Paragraph(getTranslation("report.draft.note")));
        }
        add(actions, compare(shown), new H2(getTranslation("report.summary")), summary(shown));
        shown.chapters().forEach(this::chapter);
    }

    /** The other editions of the same region or municipality, any years, to show the cells that differ. */
    private ComboBox<EditionSummary> compare(ReportEdition shown) {
        compare.setLabel(getTranslation("report.compare"));
        compare.setId("report-compare");
        compare.setClearButtonVisible(true);
        compare.setItemLabelGenerator(other -> getTranslation("report.compare.item", other.number(),
                String.valueOf(other.fromYear()), String.valueOf(other.toYear()),
                getTranslation(other.published() ? "report.state.published" : "report.state.draft")));
        List<EditionSummary> others = reports.editions().stream()
                .filter(other -> other.areaCode().equals(shown.areaCode()) && other.id() != shown.id()).toList();
        compare.setItems(others);
        compare.setValue(others.stream().filter(other -> comparedId != null && other.id() == comparedId)
                .findFirst().orElse(null));
        compare.setHelperText(getTranslation("report.compare.help"));
        compare.setVisible(!others.isEmpty());
        return compare;
    }

    /** Shows the edition compared with {@code other}, or with the last published one before it when {@code null}. */
    void compareWith(@Nullable EditionSummary other) {
        comparedId = other == null ? null : other.id();
        show(reload());
    }

    private ReportEdition reload() {
        Long other = comparedId;
        return other == null ? reports.open(editionId, locale) : reports.compare(editionId, other, locale, "screen");
    }

    private UnorderedList summary(ReportEdition shown) {
        UnorderedList list = new UnorderedList();
        shown.chapters().forEach(chapter -> list.add(new ListItem(chapter.title() + ": " + chapter.trend())));
        return list;
    }

    private void chapter(ReportChapter chapter) {
        ReportEdition shown = edition();
        String tableId = "report-table-" + chapter.indicator();
        Grid<ChapterRow> table = new Grid<>();
        table.setId(tableId);
        table.setAllRowsVisible(true);
        table.addColumn(ChapterRow::label).setHeader(getTranslation("indicator.csv.row")).setAutoWidth(true)
                .setFlexGrow(1);
        List<String> sources = new ArrayList<>();
        for (int year : chapter.years()) {
            table.addColumn(row -> cell(shown, chapter, row, year, sources)).setHeader(String.valueOf(year))
                    .setAutoWidth(true);
        }
        table.setItems(chapter.rows());
        // The marks are numbered in the order the grid renders; read them once to list the notes in that order.
        chapter.rows().forEach(row -> chapter.years().forEach(year -> cell(shown, chapter, row, year, sources)));
        Div notes = new Div();
        for (int i = 0; i < sources.size(); i++) {
            notes.add(new Paragraph("(" + (i + 1) + ") " + getTranslation("report.imported-note", sources.get(i))));
        }
        if (!shown.changed().isEmpty() && shown.comparedWith() != null) {
            notes.add(new Paragraph("* " + getTranslation("report.changed-note", comparedLabel(shown))));
        }
        add(new H2(chapter.title()), new Paragraph(chapter.definition()), table, notes, chart(chapter, tableId),
                commentary(shown, chapter));
    }

    private static String cell(ReportEdition shown, ReportChapter chapter, ChapterRow row, int year,
            List<String> sources) {
        ReportFigure figure = row.cells().get(year);
        if (figure == null) {
            return "–";
        }
        StringBuilder text = new StringBuilder(figure.shown());
        if (figure.imported()) {
            if (!sources.contains(figure.source())) {
                sources.add(figure.source());
            }
            text.append(" (").append(sources.indexOf(figure.source()) + 1).append(')');
        }
        if (shown.isChanged(chapter.indicator(), row.key(), year)) {
            text.append(" *");
        }
        return text.toString();
    }

    private Html chart(ReportChapter chapter, String tableId) {
        ChapterRow first = chapter.rows().getFirst();
        List<BarChart.Bar> bars = chapter.years().stream().map(year -> {
            ReportFigure figure = first.cells().get(year);
            long value = figure == null || figure.value() == null ? 0 : Math.round(figure.value());
            return new BarChart.Bar(String.valueOf(year), value, figure == null ? "–" : figure.shown());
        }).toList();
        return new Html("<div class=\"indicator-chart\">" + BarChart.svg(getTranslation("report.chart",
                first.label()), bars, 0, tableId) + "</div>");
    }

    private VerticalLayout commentary(ReportEdition shown, ReportChapter chapter) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        if (shown.published()) {
            box.add(new H3(getTranslation("report.commentary")), new Paragraph(chapter.commentary().isBlank()
                    ? getTranslation("report.commentary.none") : chapter.commentary()));
            return box;
        }
        // A short visible label fits a phone; the accessible name says which chapter it belongs to.
        TextArea text = new TextArea(getTranslation("report.commentary"));
        text.setAriaLabel(getTranslation("report.commentary.label", chapter.title()));
        text.setId("report-commentary-" + chapter.indicator());
        text.setValue(chapter.commentary());
        text.setMaxLength(4000);
        text.setWidthFull();
        commentaries.add(text);
        Button save = new Button(getTranslation("report.commentary.save"), click -> comment(chapter, text));
        save.setId("report-commentary-save-" + chapter.indicator());
        box.add(text, save);
        return box;
    }

    void comment(ReportChapter chapter, TextArea text) {
        try {
            reports.comment(editionId, edition().version(), chapter.indicator(), text.getValue());
            show(reload());
        } catch (InvalidInputException refused) {
            text.setErrorMessage(getTranslation(refused.problems().getFirst().messageKey(),
                    refused.problems().getFirst().arguments()));
            text.setInvalid(true);
        } catch (ConcurrentChangeException changed) {
            show(reports.open(editionId, locale));
            com.vaadin.flow.component.notification.Notification.show(getTranslation("report.changed-meanwhile"));
        }
    }

    void publish() {
        try {
            reports.publish(editionId, edition().version(), locale);
        } catch (ConcurrentChangeException changed) {
            com.vaadin.flow.component.notification.Notification.show(getTranslation("report.changed-meanwhile"));
        }
        show(reports.open(editionId, locale));
    }

    private void download(DownloadEvent event) throws IOException {
        ReportEdition shown = edition();
        event.setFileName(ReportPdf.fileName(shown));
        event.setContentType("application/pdf");
        try (OutputStream out = event.getOutputStream()) {
            pdf.write(editionId, comparedId, locale, out);
        }
    }

    /** The number of the edition compared with, and its years when they differ from this one's. */
    private static String comparedLabel(ReportEdition shown) {
        EditionSummary other = shown.comparedWith();
        if (other == null) {
            return "";
        }
        return other.fromYear() == shown.fromYear() && other.toYear() == shown.toYear()
                ? String.valueOf(other.number())
                : other.number() + " (" + other.fromYear() + "–" + other.toYear() + ")";
    }

    private String status(ReportEdition shown) {
        return getTranslation(shown.published() ? "report.state.published" : "report.state.draft") + " · "
                + getTranslation("report.edition") + " " + shown.number();
    }

    @Override
    public String getPageTitle() {
        return edition == null ? getTranslation("report.editions.title")
                : getTranslation("report.pdf.title") + " — " + edition.areaName();
    }
}
