package nl.kansrijkestart.mdo.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.reference.MunicipalityService;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;

/**
 * Registering a case in one go: the client's minimal data and the consent, or explicitly an
 * anonymous case that keeps no identifying data and needs no consent.
 */
@Route("casussen/nieuw")
@RolesAllowed("PROFESSIONAL")
public class NewCaseView extends VerticalLayout implements HasDynamicTitle {

    private final CaseService cases;
    final RadioButtonGroup<CaseType> type = new RadioButtonGroup<>();
    final Checkbox anonymous = new Checkbox();
    final CaseFields fields;
    final ConsentFields consent;
    private final H2 consentTitle = new H2();
    private final FieldErrors errors = new FieldErrors(this);

    NewCaseView(CaseService cases, MunicipalityService municipalities, CurrentUserService currentUser, Clock clock) {
        this.cases = cases;
        this.fields = new CaseFields(municipalities.municipalities());
        this.consent = new ConsentFields(LocalDate.now(clock), currentUser.require().discipline());
        type.setId("case-type");
        type.setLabel(getTranslation("case.type"));
        type.setItems(CaseType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        type.setValue(CaseType.PREGNANCY);
        anonymous.setId("anonymous");
        anonymous.setLabel(getTranslation("case.anonymous"));
        anonymous.setHelperText(getTranslation("case.anonymous.help"));
        consentTitle.setText(getTranslation("consent.title"));
        type.addValueChangeListener(change -> adapt());
        anonymous.addValueChangeListener(change -> adapt());
        errors.bind("type", type).bind("anonymous", anonymous);
        fields.bindErrors(errors);
        consent.bindErrors(errors);
        Button save = new Button(getTranslation("case.register"), click -> save());
        save.setId("register-case");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"),
                click -> getUI().ifPresent(ui -> ui.navigate(MyCasesView.class)));
        add(new H1(getTranslation("case.new")), type, anonymous, fields, consentTitle, consent,
                new HorizontalLayout(save, cancel));
        adapt();
    }

    private void adapt() {
        fields.adaptTo(type.getValue(), anonymous.getValue());
        consentTitle.setVisible(!anonymous.getValue());
        consent.setVisible(!anonymous.getValue());
    }

    private void save() {
        try {
            CaseDetails created = cases.register(fields.draft(type.getValue(), anonymous.getValue()),
                    anonymous.getValue() ? null : consent.draft());
            Notification.show(getTranslation("case.registered", created.caseNumber()));
            getUI().ifPresent(ui -> ui.navigate(CaseView.class, CaseView.parameters(created.caseNumber())));
        } catch (InvalidInputException refused) {
            errors.show(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("case.new");
    }
}
