package nl.kansrijkestart.mdo.cases.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseDraft;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.cases.Factor;
import nl.kansrijkestart.mdo.reference.MunicipalitySummary;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;

/**
 * The fields of a case, for registering and for changing one. Identifying fields are hidden for an
 * anonymous case, and a warning reminds that the question must not identify the client.
 */
class CaseFields extends FormLayout {

    final TextField initials = new TextField();
    final IntegerField parentBirthYear = new IntegerField();
    final DatePicker expectedDueDate = new DatePicker();
    final DatePicker youngestChildBirthDate = new DatePicker();
    final ComboBox<MunicipalitySummary> municipality = new ComboBox<>();
    final TextField postcodeArea = new TextField();
    final TextArea question = new TextArea();
    final CheckboxGroup<Factor> riskFactors = factorGroup(Factor.Kind.RISK, "factor.kind.RISK");
    final CheckboxGroup<Factor> urgentFactors = factorGroup(Factor.Kind.URGENT, "factor.kind.URGENT");
    final CheckboxGroup<Factor> protectiveFactors = factorGroup(Factor.Kind.PROTECTIVE, "factor.kind.PROTECTIVE");
    private final Paragraph anonymousWarning = new Paragraph();

    CaseFields(List<MunicipalitySummary> municipalities) {
        initials.setId("initials");
        initials.setLabel(getTranslation("case.initials"));
        initials.setHelperText(getTranslation("case.initials.help"));
        initials.setMaxLength(10);
        parentBirthYear.setId("parent-birth-year");
        parentBirthYear.setLabel(getTranslation("case.parent-birth-year"));
        expectedDueDate.setId("expected-due-date");
        expectedDueDate.setLabel(getTranslation("case.due-date"));
        youngestChildBirthDate.setId("youngest-child-birth-date");
        youngestChildBirthDate.setLabel(getTranslation("case.child-birth-date"));
        municipality.setId("municipality");
        municipality.setLabel(getTranslation("case.municipality"));
        municipality.setItems(municipalities.stream().filter(MunicipalitySummary::active).toList());
        municipality.setItemLabelGenerator(MunicipalitySummary::label);
        municipality.setRequiredIndicatorVisible(true);
        postcodeArea.setId("postcode-area");
        postcodeArea.setLabel(getTranslation("case.postcode-area"));
        postcodeArea.setHelperText(getTranslation("case.postcode-area.help"));
        postcodeArea.setMaxLength(4);
        question.setId("question");
        question.setLabel(getTranslation("case.question"));
        question.setHelperText(getTranslation("case.question.help"));
        question.setMaxLength(2000);
        question.setRequiredIndicatorVisible(true);
        initials.setRequiredIndicatorVisible(true);
        parentBirthYear.setRequiredIndicatorVisible(true);
        expectedDueDate.setRequiredIndicatorVisible(true);
        youngestChildBirthDate.setRequiredIndicatorVisible(true);
        anonymousWarning.setText(getTranslation("case.anonymous.warning"));
        anonymousWarning.addClassName("privacy-warning");
        add(initials, parentBirthYear, expectedDueDate, youngestChildBirthDate, municipality, postcodeArea);
        add(anonymousWarning, 2);
        add(question, 2);
        add(urgentFactors, 2);
        add(riskFactors, protectiveFactors);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    private CheckboxGroup<Factor> factorGroup(Factor.Kind kind, String labelKey) {
        CheckboxGroup<Factor> group = new CheckboxGroup<>(getTranslation(labelKey));
        group.setId("factors-" + kind.name().toLowerCase(Locale.ROOT));
        group.setItems(Stream.of(Factor.values()).filter(f -> f.kind() == kind).toList());
        group.setItemLabelGenerator(f -> getTranslation(f.messageKey()));
        return group;
    }

    /** Shows the fields that fit the case type and whether it is anonymous. */
    void adaptTo(CaseType type, boolean anonymous) {
        initials.setVisible(!anonymous);
        parentBirthYear.setVisible(!anonymous);
        postcodeArea.setVisible(!anonymous);
        expectedDueDate.setVisible(!anonymous && type == CaseType.PREGNANCY);
        youngestChildBirthDate.setVisible(!anonymous && type == CaseType.FAMILY);
        anonymousWarning.setVisible(anonymous);
        question.setHelperText(getTranslation(anonymous ? "case.anonymous.warning" : "case.question.help"));
    }

    void bindErrors(FieldErrors errors) {
        errors.bind("initials", initials).bind("parentBirthYear", parentBirthYear)
                .bind("expectedDueDate", expectedDueDate).bind("youngestChildBirthDate", youngestChildBirthDate)
                .bind("municipality", municipality).bind("postcodeArea", postcodeArea).bind("question", question);
    }

    CaseDraft draft(CaseType type, boolean anonymous) {
        Set<Factor> factors = EnumSet.noneOf(Factor.class);
        factors.addAll(riskFactors.getValue());
        factors.addAll(urgentFactors.getValue());
        factors.addAll(protectiveFactors.getValue());
        boolean named = !anonymous;
        return new CaseDraft(type, anonymous, named ? initials.getValue() : null,
                named ? parentBirthYear.getValue() : null,
                named && type == CaseType.PREGNANCY ? expectedDueDate.getValue() : null,
                named && type == CaseType.FAMILY ? youngestChildBirthDate.getValue() : null,
                municipality.getValue() == null ? null : municipality.getValue().code(),
                named ? postcodeArea.getValue() : null, question.getValue(), factors);
    }

    void fill(CaseDetails details) {
        initials.setValue(details.initials() == null ? "" : details.initials());
        parentBirthYear.setValue(details.parentBirthYear());
        expectedDueDate.setValue(details.expectedDueDate());
        youngestChildBirthDate.setValue(details.youngestChildBirthDate());
        municipality.getListDataView().getItems().filter(m -> m.code().equals(details.municipalityCode()))
                .findFirst().ifPresent(municipality::setValue);
        postcodeArea.setValue(details.postcodeArea() == null ? "" : details.postcodeArea());
        question.setValue(details.question() == null ? "" : details.question());
        riskFactors.setValue(only(details.factors(), Factor.Kind.RISK));
        urgentFactors.setValue(only(details.factors(), Factor.Kind.URGENT));
        protectiveFactors.setValue(only(details.factors(), Factor.Kind.PROTECTIVE));
        adaptTo(details.type(), details.anonymous());
    }

    private static Set<Factor> only(Set<Factor> factors, Factor.Kind kind) {
        Set<Factor> chosen = EnumSet.noneOf(Factor.class);
        factors.stream().filter(f -> f.kind() == kind).forEach(chosen::add);
        return chosen;
    }
}
