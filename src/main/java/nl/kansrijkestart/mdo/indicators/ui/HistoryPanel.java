package nl.kansrijkestart.mdo.indicators.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.kansrijkestart.mdo.indicators.HistoryMeasures;
import nl.kansrijkestart.mdo.indicators.HistoryService;
import nl.kansrijkestart.mdo.indicators.report.ReportService;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;

/**
 * Figures of years before the application, from earlier reports: a CSV file with its source, or
 * one figure in a form. A refused file is listed line by line and nothing of it is stored. The
 * figures stored are listed; choosing one puts it in the form to correct or remove it (editions
 * already published keep the figures they were published with).
 */
class HistoryPanel extends VerticalLayout {

    static final String SAMPLE = """
            indicator,code,year,measure,value
            7,GELDERLAND-MIDDEN,2022,PREGNANCY/POP,34
            7,GELDERLAND-MIDDEN,2022,FAMILY/MDO_VULNERABLE_PREGNANCY,58
            """;

    final Upload upload;
    final TextField fileSource = new TextField();
    final UnorderedList refusals = new UnorderedList();
    final Paragraph result = new Paragraph();
    final Select<String> indicator = new Select<>();
    final ComboBox<Map.Entry<String, String>> area = new ComboBox<>();
    final TextField year = new TextField();
    final Select<String> measure = new Select<>();
    final TextField value = new TextField();
    final TextField source = new TextField();
    final Grid<HistoryService.StoredFigure> stored = new Grid<>();
    private final HistoryService history;
    private java.util.List<Map.Entry<String, String>> areaEntries = java.util.List.of();
    private final FieldErrors fileErrors = new FieldErrors(this);
    private final FieldErrors formErrors = new FieldErrors(this);
    /** The uploaded file, kept until the coordinator imports it with its source. */
    private volatile byte[] file = new byte[0];

    HistoryPanel(HistoryService history, ReportService reports) {
        this.history = history;
        setPadding(false);
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> receive(bytes)));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(1_000_000);
        upload.setId("history-upload");
        fileSource.setLabel(getTranslation("history.source"));
        fileSource.setPlaceholder("TNO-rapport 2023");
        fileSource.setId("history-file-source");
        fileErrors.bind("source", fileSource);
        Button importFile = new Button(getTranslation("history.import"), click -> importFile());
        importFile.setId("history-import");
        refusals.setId("history-refusals");
        result.setId("history-result");
        Anchor sample = new Anchor(event -> {
            event.setFileName("voorbeeld-historie.csv");
            event.setContentType("text/csv;charset=UTF-8");
            try (var out = event.getOutputStream()) {
                out.write(SAMPLE.getBytes(StandardCharsets.UTF_8));
            }
        }, getTranslation("history.sample"));
        HorizontalLayout fileRow = new HorizontalLayout(fileSource, importFile);
        fileRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("history.title")), new Paragraph(getTranslation("history.intro")),
                new Paragraph(getTranslation("history.format")), sample, upload, fileRow, result, refusals);
        form(reports);
    }

    private void form(ReportService reports) {
        indicator.setLabel(getTranslation("history.indicator"));
        indicator.setItems(HistoryMeasures.INDICATORS);
        indicator.setValue("7");
        indicator.addValueChangeListener(change -> measure.setItems(HistoryMeasures.of(change.getValue())));
        area.setLabel(getTranslation("report.area"));
        areaEntries = reports.choosableAreas();
        area.setItems(areaEntries);
        area.setItemLabelGenerator(Map.Entry::getValue);
        year.setLabel(getTranslation("history.year"));
        measure.setLabel(getTranslation("history.measure"));
        measure.setItems(HistoryMeasures.of("7"));
        value.setLabel(getTranslation("history.value"));
        source.setLabel(getTranslation("history.source"));
        formErrors.bind("indicator", indicator).bind("area", area).bind("year", year).bind("measure", measure)
                .bind("value", value).bind("source", source);
        Button record = new Button(getTranslation("history.record"), click -> record());
        record.setId("history-record");
        Button correct = new Button(getTranslation("history.correct"), click -> correct());
        correct.setId("history-correct");
        Button remove = new Button(getTranslation("history.remove"), click -> remove());
        remove.setId("history-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout fields = new HorizontalLayout(indicator, area, year, measure, value, source, record, correct,
                remove);
        fields.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        fields.setWrap(true);
        add(new H3(getTranslation("history.one")), fields);
        stored.setId("history-stored");
        stored.addColumn(HistoryService.StoredFigure::indicator).setHeader(getTranslation("history.indicator"))
                .setAutoWidth(true);
        stored.addColumn(figure -> areaName(figure.areaCode())).setHeader(getTranslation("report.area"))
                .setAutoWidth(true);
        stored.addColumn(HistoryService.StoredFigure::year).setHeader(getTranslation("history.year"))
                .setAutoWidth(true);
        stored.addColumn(HistoryService.StoredFigure::measure).setHeader(getTranslation("history.measure"))
                .setAutoWidth(true);
        stored.addColumn(figure -> figure.value().stripTrailingZeros().toPlainString())
                .setHeader(getTranslation("history.value")).setAutoWidth(true);
        stored.addColumn(HistoryService.StoredFigure::source).setHeader(getTranslation("history.source"))
                .setAutoWidth(true).setFlexGrow(1);
        stored.setAllRowsVisible(true);
        stored.addItemClickListener(click -> fill(click.getItem()));
        add(new H3(getTranslation("history.stored")), new Paragraph(getTranslation("history.stored.intro")), stored);
        refreshStored();
    }

    private String areaName(String code) {
        return areaEntries.stream().filter(entry -> entry.getKey().equals(code)).map(Map.Entry::getValue)
                .findFirst().orElse(code);
    }

    private void refreshStored() {
        stored.setItems(history.stored());
    }

    /** Puts a stored figure in the form, to correct or remove it. */
    void fill(HistoryService.StoredFigure figure) {
        formErrors.clear();
        indicator.setValue(figure.indicator());
        measure.setItems(HistoryMeasures.of(figure.indicator()));
        measure.setValue(figure.measure());
        area.setValue(areaEntries.stream().filter(entry -> entry.getKey().equals(figure.areaCode())).findFirst()
                .orElse(null));
        year.setValue(String.valueOf(figure.year()));
        value.setValue(figure.value().stripTrailingZeros().toPlainString());
        source.setValue(figure.source());
    }

    /** Changes the stored figure the form names to the value and source in the form. */
    void correct() {
        formErrors.clear();
        result.setText("");
        try {
            history.correct(indicator.getValue() == null ? "" : indicator.getValue(),
                    area.getValue() == null ? "" : area.getValue().getKey(), year.getValue(),
                    measure.getValue() == null ? "" : measure.getValue(), value.getValue(), source.getValue());
            result.setText(getTranslation("history.corrected"));
            refreshStored();
        } catch (InvalidInputException refused) {
            formErrors.show(refused);
        }
    }

    /** Removes the stored figure the form names (with the figures that cannot stand without it). */
    void remove() {
        formErrors.clear();
        result.setText("");
        if (!year.getValue().strip().matches("\\d{4}")) {
            year.setErrorMessage(getTranslation("history.year-required"));
            year.setInvalid(true);
            return;
        }
        try {
            int removed = history.remove(indicator.getValue() == null ? "" : indicator.getValue(),
                    area.getValue() == null ? "" : area.getValue().getKey(), Integer.parseInt(year.getValue().strip()),
                    measure.getValue() == null ? "" : measure.getValue());
            result.setText(getTranslation("history.removed", removed));
            value.clear();
            refreshStored();
        } catch (InvalidInputException refused) {
            formErrors.show(refused);
        }
    }

    /** Keeps an uploaded file until it is imported; uploads arrive outside the UI's lock. */
    void receive(byte[] bytes) {
        file = bytes.clone();
    }

    void importFile() {
        fileErrors.clear();
        refusals.removeAll();
        result.setText("");
        try {
            int count = history.importCsv(new ByteArrayInputStream(file), fileSource.getValue());
            result.setText(getTranslation("history.imported", count));
            refreshStored();
            file = new byte[0];
            upload.clearFileList();
        } catch (InvalidInputException refused) {
            result.setText(getTranslation("history.refused"));
            refused.problems().stream().filter(problem -> !problem.field().equals("source")).forEach(problem ->
                    refusals.add(new ListItem(FieldErrors.translate(this, problem.messageKey(), problem.arguments()))));
            if (refused.problems().stream().anyMatch(problem -> problem.field().equals("source"))) {
                fileErrors.show(refused);
            }
        }
    }

    void record() {
        formErrors.clear();
        result.setText("");
        try {
            history.record(indicator.getValue() == null ? "" : indicator.getValue(),
                    area.getValue() == null ? "" : area.getValue().getKey(), year.getValue(),
                    measure.getValue() == null ? "" : measure.getValue(), value.getValue(), source.getValue());
            result.setText(getTranslation("history.imported", 1));
            value.clear();
            refreshStored();
        } catch (InvalidInputException refused) {
            formErrors.show(refused);
        }
    }
}
