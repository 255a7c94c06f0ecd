package nl.kansrijkestart.mdo.offer.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.kansrijkestart.mdo.offer.WegwijzerPdf;
import nl.kansrijkestart.mdo.reference.MunicipalityService;

/**
 * The wegwijzer for parents per municipality, for the professionals who hand it out (and the
 * chairs and coordinators who want to see what their region offers). No case data: the wegwijzer
 * of one case is on the case's page.
 */
@Route("wegwijzer")
@RolesAllowed({"PROFESSIONAL", "CHAIR", "COORDINATOR"})
@Menu(order = 35, title = "menu.wegwijzer", icon = "vaadin:map")
public class WegwijzerView extends VerticalLayout implements HasDynamicTitle {

    WegwijzerView(WegwijzerPdf pdf, MunicipalityService municipalities) {
        add(new H1(getTranslation("wegwijzer.view.title")), new Paragraph(getTranslation("wegwijzer.view.intro")),
                new WegwijzerDownload(pdf, municipalities.municipalities()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("wegwijzer.view.title");
    }
}
