package nl.kansrijkestart.mdo.indicators.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import nl.kansrijkestart.mdo.indicators.HistoryService;
import nl.kansrijkestart.mdo.indicators.report.EditionSummary;
import nl.kansrijkestart.mdo.indicators.report.ReportService;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;
import nl.kansrijkestart.mdo.shared.ui.GridRows;

/**
 * The editions of the regional indicator report the coordinator may read, a form to start a new
 * one for a region or municipality of her scope and a range of years, and the import of figures of
 * earlier years ({@link HistoryPanel}).
 */
@Route("indicatoren/rapportages")
@RolesAllowed("COORDINATOR")
@Menu(order = 41, title = "menu.reports", icon = "vaadin:book")
public class ReportEditionsView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<Map.Entry<String, String>> area = new ComboBox<>();
    final IntegerField from = new IntegerField();
    final IntegerField to = new IntegerField();
    final Grid<EditionSummary> editions = new Grid<>();
    private final ReportService reports;
    private final FieldErrors errors = new FieldErrors(this);

    ReportEditionsView(ReportService reports, HistoryService history, Clock clock) {
        this.reports = reports;
        int year = LocalDate.now(clock).getYear();
        area.setLabel(getTranslation("report.area"));
        area.setItems(reports.choosableAreas());
        area.setItemLabelGenerator(Map.Entry::getValue);
        area.setRequiredIndicatorVisible(true);
        area.setId("report-area");
        from.setLabel(getTranslation("indicator.from"));
        from.setValue(year - 2);
        from.setId("report-from");
        to.setLabel(getTranslation("indicator.to"));
        to.setValue(year);
        to.setId("report-to");
        errors.bind("area", area).bind("from", from).bind("to", to);
        Button create = new Button(getTranslation("report.create"), click -> create());
        create.setId("report-create");
        HorizontalLayout form = new HorizontalLayout(area, from, to, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        editions.setId("report-editions");
        editions.addColumn(EditionSummary::areaName).setHeader(getTranslation("report.area")).setAutoWidth(true);
        editions.addColumn(edition -> edition.fromYear() + "–" + edition.toYear())
                .setHeader(getTranslation("report.years.header")).setAutoWidth(true);
        editions.addColumn(EditionSummary::number).setHeader(getTranslation("report.edition")).setAutoWidth(true);
        editions.addColumn(edition -> getTranslation(edition.published() ? "report.state.published" : "report.state.draft"))
                .setHeader(getTranslation("report.state")).setAutoWidth(true);
        editions.setAllRowsVisible(true);
        GridRows.openOnClickOrEnter(editions, this::open);
        editions.setItems(reports.editions());
        add(new H1(getTranslation("report.editions.title")), new Paragraph(getTranslation("report.editions.intro")),
                new H2(getTranslation("report.new")), form, new H2(getTranslation("report.editions")), editions,
                new HistoryPanel(history, reports));
    }

    private void create() {
        errors.clear();
        if (area.getValue() == null || from.getValue() == null || to.getValue() == null) {
            area.setInvalid(area.getValue() == null);
            area.setErrorMessage(getTranslation("report.area-not-choosable"));
            from.setInvalid(from.getValue() == null);
            to.setInvalid(to.getValue() == null);
            return;
        }
        try {
            long id = reports.create(area.getValue().getKey(), from.getValue(), to.getValue());
            getUI().ifPresent(ui -> ui.navigate(ReportEditionView.class, new RouteParameters("editionId",
                    String.valueOf(id))));
        } catch (InvalidInputException refused) {
            errors.show(refused);
        }
    }

    private void open(EditionSummary edition) {
        getUI().ifPresent(ui -> ui.navigate(ReportEditionView.class, new RouteParameters("editionId",
                String.valueOf(edition.id()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.editions.title");
    }
}
