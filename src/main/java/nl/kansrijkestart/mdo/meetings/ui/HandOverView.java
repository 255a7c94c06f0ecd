package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import nl.kansrijkestart.mdo.cases.CaseNotAccessibleException;
import nl.kansrijkestart.mdo.meetings.HandOverService;
import nl.kansrijkestart.mdo.offer.HandOverSheet;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;

/**
 * The wegwijzer of one case for the parents: what it will say (contact person and the agreed
 * support) and the PDF to print. Only the care team gets here; the case page links by address, so
 * the cases module needs nothing of the meetings module.
 */
@Route("casussen/:caseNumber/wegwijzer")
@RolesAllowed("PROFESSIONAL")
public class HandOverView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final HandOverService handOver;
    private final Locale locale;
    /** Read by the download, which runs outside the UI lock. */
    private volatile String caseNumber = "";

    HandOverView(HandOverService handOver) {
        this.handOver = handOver;
        this.locale = getLocale();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caseNumber = event.getRouteParameters().get("caseNumber").orElse("");
        HandOverSheet sheet;
        removeAll();
        add(new H1(getPageTitle()));
        try {
            sheet = handOver.preview(caseNumber);
        } catch (CaseNotAccessibleException unknownOrForbidden) {
            event.rerouteToError(NotFoundException.class);
            return;
        } catch (InvalidInputException refused) {
            Paragraph reason = new Paragraph(refused.problems().stream()
                    .map(problem -> FieldErrors.translate(this, problem.messageKey(), problem.arguments()))
                    .reduce((a, b) -> a + " " + b).orElse(""));
            reason.setId("handover-refused");
            add(reason, back());
            return;
        }
        show(sheet);
    }

    private void show(HandOverSheet sheet) {
        add(new Paragraph(getTranslation("wegwijzer.handover.view.intro")));
        add(new H2(getTranslation("wegwijzer.handover.contact")));
        Paragraph contact = new Paragraph(sheet.contactName() + ", " + sheet.contactOrganisation()
                + (sheet.contactPhone() == null ? "" : ", " + sheet.contactPhone()));
        contact.setId("handover-contact");
        add(contact);
        if (sheet.contactPhone() == null) {
            Paragraph noPhone = new Paragraph(getTranslation("wegwijzer.handover.view.no-phone"));
            noPhone.setId("handover-no-phone");
            noPhone.addClassName("privacy-warning");
            add(noPhone);
        }
        add(new H2(getTranslation("wegwijzer.handover.support")));
        if (sheet.support().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("wegwijzer.handover.view.none"));
            none.setId("handover-none");
            add(none);
        } else {
            UnorderedList services = new UnorderedList();
            services.setId("handover-support");
            sheet.support().forEach(support -> services.add(new ListItem(support.offer().name() + " ("
                    + support.offer().provider() + ")")));
            add(services);
        }
        Anchor download = new Anchor(this::download, getTranslation("wegwijzer.handover.download"));
        download.setId("handover-pdf");
        add(new HorizontalLayout(download, back()));
    }

    private Button back() {
        Button back = new Button(getTranslation("wegwijzer.handover.back"),
                click -> UI.getCurrent().navigate("casussen/" + caseNumber));
        back.setId("handover-back");
        return back;
    }

    private void download(DownloadEvent event) throws IOException {
        event.setFileName("wegwijzer-afspraken.pdf");
        event.setContentType("application/pdf");
        try (OutputStream out = event.getOutputStream()) {
            handOver.write(caseNumber, locale, out);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("wegwijzer.handover.view.title");
    }
}
