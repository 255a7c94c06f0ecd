package nl.kansrijkestart.mdo.offer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.offer.LocalOfferService;
import nl.kansrijkestart.mdo.offer.OfferSummary;
import nl.kansrijkestart.mdo.offer.WegwijzerPdf;
import nl.kansrijkestart.mdo.reference.MunicipalityService;
import nl.kansrijkestart.mdo.shared.ui.GridRows;
import org.jspecify.annotations.Nullable;

/**
 * The local offer for the application manager; click a service to change it. Below it, the
 * wegwijzer per municipality as parents get it, to check what the offer prints.
 */
@Route("beheer/sociale-kaart")
@RolesAllowed("ADMIN")
@Menu(order = 96, title = "menu.local-offer", icon = "vaadin:handshake")
public class LocalOfferView extends VerticalLayout implements HasDynamicTitle {

    private final LocalOfferService offers;
    private final MunicipalityService municipalities;
    private final Clock clock;
    private final Grid<OfferSummary> grid = new Grid<>();

    LocalOfferView(LocalOfferService offers, MunicipalityService municipalities, WegwijzerPdf wegwijzer,
            Clock clock) {
        this.clock = clock;
        this.offers = offers;
        this.municipalities = municipalities;
        addClassName("admin-view");
        grid.setId("offers");
        grid.addColumn(OfferSummary::name).setHeader(getTranslation("offer.name")).setAutoWidth(true);
        grid.addColumn(offer -> getTranslation(offer.kind().messageKey())).setHeader(getTranslation("offer.kind"))
                .setAutoWidth(true);
        grid.addColumn(OfferSummary::provider).setHeader(getTranslation("offer.provider")).setAutoWidth(true);
        grid.addColumn(offer -> getTranslation(offer.phase().messageKey())).setHeader(getTranslation("offer.phase"))
                .setAutoWidth(true);
        grid.addColumn(offer -> offer.availability().stream().map(a -> a.municipalityCode()).distinct().count())
                .setHeader(getTranslation("offer.municipality-count")).setAutoWidth(true);
        grid.addColumn(offer -> offer.demo() ? getTranslation("offer.demo") : "")
                .setHeader(getTranslation("offer.demo.header")).setAutoWidth(true);
        grid.addColumn(offer -> offer.factors().stream().map(f -> getTranslation(f.messageKey())).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("offer.factors")).setFlexGrow(1);
        GridRows.openOnClickOrEnter(grid, this::open);
        Button add = new Button(getTranslation("offer.new"), VaadinIcon.PLUS.create(), click -> open(null));
        add.setId("new-offer");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("offer.title")), new Paragraph(getTranslation("offer.intro")), add, grid);
        add(new H2(getTranslation("wegwijzer.view.title")), new Paragraph(getTranslation("wegwijzer.admin.intro")),
                new WegwijzerDownload(wegwijzer, municipalities.municipalities()));
        refresh();
    }

    private void open(@Nullable OfferSummary offer) {
        new OfferDialog(offers, municipalities.municipalities(), LocalDate.now(clock), offer, this::refresh).open();
    }

    private void refresh() {
        grid.setItems(offers.offers());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("offer.title");
    }
}
