package nl.kansrijkestart.mdo.reference.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.reference.MunicipalityService;
import nl.kansrijkestart.mdo.reference.MunicipalitySummary;
import nl.kansrijkestart.mdo.reference.RegionService;
import nl.kansrijkestart.mdo.reference.RegionSummary;
import nl.kansrijkestart.mdo.shared.ui.GridRows;
import org.jspecify.annotations.Nullable;

/** Regions and the municipalities they group; click a region to change it. */
@Route("beheer/regios")
@RolesAllowed("ADMIN")
@Menu(order = 93, title = "menu.regions", icon = "vaadin:map-marker")
public class RegionsView extends VerticalLayout implements HasDynamicTitle {

    private final RegionService regions;
    private final MunicipalityService municipalities;
    private final Grid<RegionSummary> grid = new Grid<>();

    RegionsView(RegionService regions, MunicipalityService municipalities) {
        this.regions = regions;
        this.municipalities = municipalities;
        addClassName("admin-view");
        grid.setId("regions");
        grid.addColumn(RegionSummary::code).setHeader(getTranslation("region.code")).setAutoWidth(true);
        grid.addColumn(RegionSummary::name).setHeader(getTranslation("region.name")).setAutoWidth(true);
        grid.addColumn(region -> region.parentName() == null ? "" : region.parentName())
                .setHeader(getTranslation("region.parent")).setAutoWidth(true);
        grid.addColumn(region -> region.directMunicipalities().stream().map(MunicipalitySummary::name)
                .collect(Collectors.joining(", "))).setHeader(getTranslation("region.municipalities")).setFlexGrow(1);
        grid.addColumn(region -> region.allMunicipalityCodes().size())
                .setHeader(getTranslation("region.all-municipalities")).setAutoWidth(true);
        GridRows.openOnClickOrEnter(grid, this::open);
        Button add = new Button(getTranslation("region.new"), VaadinIcon.PLUS.create(), click -> open(null));
        add.setId("new-region");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("region.title")), add, grid);
        refresh();
    }

    private void open(@Nullable RegionSummary region) {
        new RegionDialog(regions, regions.regions(), municipalities.municipalities(), region, this::refresh).open();
    }

    private void refresh() {
        grid.setItems(regions.regions());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("region.title");
    }
}
