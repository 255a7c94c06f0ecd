package nl.kansrijkestart.mdo.reference.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.reference.DomainSummary;
import nl.kansrijkestart.mdo.reference.InstrumentCatalogue;
import nl.kansrijkestart.mdo.reference.InstrumentSummary;
import nl.kansrijkestart.mdo.reference.InstrumentVersionSummary;

/**
 * The catalogue of signalling instruments: which exist, whether they are validated, their versions
 * and domains. Click an instrument to see every version; versions are added, never changed.
 */
@Route("beheer/instrumenten")
@RolesAllowed("ADMIN")
@Menu(order = 94, title = "menu.instruments", icon = "vaadin:clipboard-check")
public class InstrumentsView extends VerticalLayout implements HasDynamicTitle {

    static final String ACTIONS = "actions";

    private final InstrumentCatalogue catalogue;
    private final Grid<InstrumentSummary> grid = new Grid<>();

    InstrumentsView(InstrumentCatalogue catalogue) {
        this.catalogue = catalogue;
        addClassName("admin-view");
        grid.setId("instruments");
        grid.addColumn(InstrumentSummary::code).setHeader(getTranslation("instrument.code")).setAutoWidth(true);
        grid.addColumn(InstrumentSummary::name).setHeader(getTranslation("instrument.name")).setAutoWidth(true);
        grid.addColumn(i -> getTranslation(i.validated() ? "instrument.validated.yes" : "instrument.validated.no"))
                .setHeader(getTranslation("instrument.validated")).setAutoWidth(true);
        grid.addColumn(this::versionLabels).setHeader(getTranslation("instrument.versions")).setAutoWidth(true);
        grid.addColumn(this::latestDomains).setHeader(getTranslation("instrument.domains")).setFlexGrow(1);
        grid.addComponentColumn(this::addVersionButton).setKey(ACTIONS).setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        Button add = new Button(getTranslation("instrument.new"), VaadinIcon.PLUS.create(),
                click -> new InstrumentDialog(catalogue, this::refresh).open());
        add.setId("new-instrument");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph intro = new Paragraph(getTranslation("instrument.intro"));
        intro.addClassName("form-hint");
        add(new H1(getTranslation("instrument.title")), intro, add, grid);
        refresh();
    }

    private String versionLabels(InstrumentSummary instrument) {
        return instrument.versions().isEmpty() ? getTranslation("instrument.versions.none")
                : instrument.versions().stream().map(InstrumentVersionSummary::label).collect(Collectors.joining(", "));
    }

    private String latestDomains(InstrumentSummary instrument) {
        List<InstrumentVersionSummary> versions = instrument.versions();
        return versions.isEmpty() ? "" : versions.getLast().domains().stream()
                .map(DomainSummary::name).collect(Collectors.joining(", "));
    }

    private Button addVersionButton(InstrumentSummary instrument) {
        Button button = new Button(getTranslation("instrument.version.new"),
                click -> new InstrumentVersionDialog(catalogue, instrument, this::refresh).open());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private Component details(InstrumentSummary instrument) {
        Div details = new Div();
        if (instrument.description() != null) {
            details.add(new Paragraph(instrument.description()));
        }
        instrument.versions().forEach(version -> details.add(new Paragraph(describe(version))));
        return details;
    }

    /** One line per version, such as "Versie 2: Geen totaalscore. Leefstijl (vlag), ...". */
    private String describe(InstrumentVersionSummary version) {
        String total = version.total() == null ? getTranslation("instrument.version.no-total")
                : getTranslation("instrument.version.total", version.total().min(), version.total().max());
        String domains = version.domains().stream().map(this::describe).collect(Collectors.joining(", "));
        return getTranslation("instrument.version.heading", version.label()) + ": " + total + ". " + domains;
    }

    private String describe(DomainSummary domain) {
        return domain.range() == null ? getTranslation("instrument.domain.flag", domain.name())
                : getTranslation("instrument.domain.score", domain.name(), domain.range().min(), domain.range().max());
    }

    private void refresh() {
        grid.setItems(catalogue.instruments());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("instrument.title");
    }
}
