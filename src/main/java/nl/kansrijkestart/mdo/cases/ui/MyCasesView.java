package nl.kansrijkestart.mdo.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.cases.CaseFilter;
import nl.kansrijkestart.mdo.cases.CaseListItem;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.cases.CaseStatus;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.cases.ConsentState;
import nl.kansrijkestart.mdo.reference.MunicipalityService;
import nl.kansrijkestart.mdo.reference.MunicipalitySummary;
import nl.kansrijkestart.mdo.shared.ui.GridRows;

/** The cases on whose care team the professional is, filtered and loaded page by page. */
@Route("casussen")
@RolesAllowed("PROFESSIONAL")
@Menu(order = 10, title = "menu.my-cases", icon = "vaadin:folder-open")
public class MyCasesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Query parameters that preset the filters, so the start page can link to what needs attention. */
    static final String CONSENT_PARAMETER = "toestemming";
    static final String URGENT_PARAMETER = "urgent";

    private final CaseService cases;
    final TextField search = new TextField();
    final Select<CaseType> type = new Select<>();
    final Select<CaseStatus> status = new Select<>();
    final Select<MunicipalitySummary> municipality = new Select<>();
    final Select<ConsentState> consent = new Select<>();
    final Checkbox urgentOnly = new Checkbox();
    final Grid<CaseListItem> grid = new Grid<>();
    private final Map<String, String> municipalityNames;

    MyCasesView(CaseService cases, MunicipalityService municipalities) {
        this.cases = cases;
        this.municipalityNames = municipalities.municipalities().stream()
                .collect(Collectors.toMap(MunicipalitySummary::code, MunicipalitySummary::name));
        setSizeFull();
        Button add = new Button(getTranslation("case.new"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(NewCaseView.class)));
        add.setId("new-case");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("case.my-cases")), add);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        configureFilters(municipalities);
        HorizontalLayout filters = new HorizontalLayout(search, type, status, municipality, consent, urgentOnly);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        configureGrid();
        add(header, filters, grid);
    }

    private void configureFilters(MunicipalityService municipalities) {
        search.setId("case-search");
        search.setPlaceholder(getTranslation("case.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        type.setLabel(getTranslation("case.type"));
        type.setItems(CaseType.values());
        type.setItemLabelGenerator(t -> t == null ? getTranslation("filter.all") : getTranslation(t.messageKey()));
        type.setEmptySelectionAllowed(true);
        status.setLabel(getTranslation("case.status"));
        status.setItems(CaseStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("filter.all") : getTranslation(s.messageKey()));
        status.setEmptySelectionAllowed(true);
        municipality.setLabel(getTranslation("case.municipality"));
        municipality.setItems(municipalities.municipalities());
        municipality.setItemLabelGenerator(m -> m == null ? getTranslation("filter.all") : m.label());
        municipality.setEmptySelectionAllowed(true);
        consent.setLabel(getTranslation("consent.state"));
        consent.setItems(ConsentState.values());
        consent.setItemLabelGenerator(c -> c == null ? getTranslation("filter.all") : getTranslation(c.messageKey()));
        consent.setEmptySelectionAllowed(true);
        urgentOnly.setLabel(getTranslation("case.urgent-only"));
        search.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        municipality.addValueChangeListener(e -> refresh());
        consent.addValueChangeListener(e -> refresh());
        urgentOnly.addValueChangeListener(e -> refresh());
    }

    private void configureGrid() {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.of("Europe/Amsterdam"));
        grid.setId("my-cases");
        grid.addComponentColumn(this::urgentBadge).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CaseListItem::caseNumber).setHeader(getTranslation("case.number")).setAutoWidth(true);
        grid.addColumn(item -> getTranslation(item.type().messageKey())).setHeader(getTranslation("case.type"))
                .setAutoWidth(true);
        grid.addColumn(item -> item.anonymous() ? getTranslation("case.anonymous.short") : item.initials())
                .setHeader(getTranslation("case.initials")).setAutoWidth(true);
        grid.addColumn(item -> municipalityNames.getOrDefault(item.municipalityCode(), item.municipalityCode()))
                .setHeader(getTranslation("case.municipality")).setAutoWidth(true);
        grid.addColumn(item -> getTranslation(item.status().messageKey())).setHeader(getTranslation("case.status"))
                .setAutoWidth(true);
        grid.addColumn(item -> getTranslation(item.consentState().messageKey()))
                .setHeader(getTranslation("consent.state")).setAutoWidth(true);
        grid.addColumn(CaseListItem::contactPersonName).setHeader(getTranslation("case.contact-person"))
                .setAutoWidth(true);
        grid.addColumn(item -> when.format(item.lastChangedAt())).setHeader(getTranslation("case.last-changed"))
                .setAutoWidth(true);
        grid.setItems(query -> cases.myCases(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> cases.countMyCases(filter()));
        GridRows.openOnClickOrEnter(grid, item -> getUI().ifPresent(ui -> ui.navigate(CaseView.class,
                CaseView.parameters(item.caseNumber()))));
        grid.setSizeFull();
    }

    private Span urgentBadge(CaseListItem item) {
        Span badge = new Span(item.urgent() ? getTranslation("case.urgent") : "");
        if (item.urgent()) {
            badge.addClassName("urgent-badge");
        }
        return badge;
    }

    CaseFilter filter() {
        return new CaseFilter(type.getValue(), status.getValue(),
                municipality.getValue() == null ? null : municipality.getValue().code(), urgentOnly.getValue(),
                consent.getValue(), search.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** {@code ?toestemming=EXPIRED} or {@code ?urgent=ja} preset the filters; anything else is ignored. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        parameters.getOrDefault(CONSENT_PARAMETER, List.of()).stream().findFirst()
                .flatMap(value -> Arrays.stream(ConsentState.values()).filter(s -> s.name().equals(value)).findFirst())
                .ifPresent(consent::setValue);
        if (parameters.getOrDefault(URGENT_PARAMETER, List.of()).contains("ja")) {
            urgentOnly.setValue(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("case.my-cases");
    }
}
