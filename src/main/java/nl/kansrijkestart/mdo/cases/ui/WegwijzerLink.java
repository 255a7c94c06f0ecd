package nl.kansrijkestart.mdo.cases.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import org.jspecify.annotations.Nullable;

/**
 * To the case's wegwijzer for the parents (contact person and agreed support, as PDF). By address:
 * the page belongs to the meetings module, where the referrals are. Not for an erased case.
 */
class WegwijzerLink extends Button {

    private @Nullable String caseNumber;

    WegwijzerLink() {
        super(VaadinIcon.PRINT.create());
        setText(getTranslation("wegwijzer.handover.open"));
        setId("case-wegwijzer");
        addClickListener(click -> {
            if (caseNumber != null) {
                UI.getCurrent().navigate("casussen/" + caseNumber + "/wegwijzer");
            }
        });
    }

    void show(CaseDetails details) {
        caseNumber = details.caseNumber();
        setVisible(!details.erased());
    }
}
