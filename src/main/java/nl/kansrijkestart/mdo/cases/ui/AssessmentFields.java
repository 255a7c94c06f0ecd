package nl.kansrijkestart.mdo.cases.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kansrijkestart.mdo.cases.AssessmentDraft;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.ReportedRiskLevel;
import nl.kansrijkestart.mdo.cases.Respondent;
import nl.kansrijkestart.mdo.reference.DomainSummary;
import nl.kansrijkestart.mdo.reference.InstrumentCatalogue;
import nl.kansrijkestart.mdo.reference.InstrumentVersionSummary;
import nl.kansrijkestart.mdo.reference.ScoreRange;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;
import org.jspecify.annotations.Nullable;

/**
 * The fields of an instrument result. The domain fields come from the chosen catalogue version: a
 * checkbox per flag, a number field limited to the scale per score. The risk level is chosen as it
 * was reported; nothing here rates the values.
 */
class AssessmentFields extends FormLayout {

    final ComboBox<InstrumentVersionSummary> instrumentVersion = new ComboBox<>();
    final DatePicker administeredOn = new DatePicker();
    final Select<Respondent> respondent = new Select<>();
    final TextField administeredBy = new TextField();
    final Map<String, Checkbox> flags = new LinkedHashMap<>();
    final Map<String, IntegerField> scores = new LinkedHashMap<>();
    final IntegerField total = new IntegerField();
    final Select<ReportedRiskLevel> riskLevel = new Select<>();
    final TextArea pathway = new TextArea();
    final Checkbox discussed = new Checkbox();
    private final FormLayout domains = new FormLayout();
    private final H4 domainsTitle = new H4();
    private final FieldErrors errors;

    AssessmentFields(List<InstrumentVersionSummary> versions, LocalDate today, String ownName, FieldErrors errors) {
        this.errors = errors;
        instrumentVersion.setId("instrument-version");
        instrumentVersion.setLabel(getTranslation("assessment.instrument-version"));
        instrumentVersion.setItems(versions);
        instrumentVersion.setItemLabelGenerator(this::versionLabel);
        instrumentVersion.setWidthFull();
        instrumentVersion.addValueChangeListener(change -> showDomains(change.getValue()));
        administeredOn.setId("administered-on");
        administeredOn.setLabel(getTranslation("assessment.administered-on"));
        administeredOn.setValue(today);
        administeredOn.setMax(today);
        respondent.setId("respondent");
        respondent.setLabel(getTranslation("assessment.respondent"));
        respondent.setItems(Respondent.values());
        respondent.setItemLabelGenerator(r -> r == null ? "" : getTranslation(r.messageKey()));
        respondent.setValue(Respondent.CLIENT);
        administeredBy.setId("administered-by");
        administeredBy.setLabel(getTranslation("assessment.administered-by"));
        administeredBy.setMaxLength(100);
        administeredBy.setValue(ownName);
        configureOutcomeFields();
        domainsTitle.setText(getTranslation("assessment.domains"));
        domains.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
        add(instrumentVersion, 2);
        add(administeredOn, respondent, administeredBy);
        add(domainsTitle, 2);
        add(domains, 2);
        add(total, riskLevel);
        add(pathway, 2);
        add(discussed, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        errors.bind("instrumentVersion", instrumentVersion).bind("administeredOn", administeredOn)
                .bind("respondent", respondent).bind("administeredBy", administeredBy)
                .bind(InstrumentCatalogue.TOTAL_FIELD, total).bind("reportedRiskLevel", riskLevel)
                .bind("suggestedCarePathway", pathway);
        showDomains(null);
    }

    private void configureOutcomeFields() {
        total.setId("assessment-total");
        total.setLabel(getTranslation("assessment.total"));
        riskLevel.setId("reported-risk-level");
        riskLevel.setLabel(getTranslation("assessment.risk"));
        riskLevel.setHelperText(getTranslation("assessment.risk.help"));
        riskLevel.setItems(ReportedRiskLevel.values());
        riskLevel.setItemLabelGenerator(level -> level == null ? "" : getTranslation(level.messageKey()));
        pathway.setId("care-pathway");
        pathway.setLabel(getTranslation("assessment.pathway"));
        pathway.setHelperText(getTranslation("assessment.pathway.help"));
        pathway.setMaxLength(500);
        discussed.setId("discussed-with-client");
        discussed.setLabel(getTranslation("assessment.discussed"));
    }

    private String versionLabel(InstrumentVersionSummary version) {
        return getTranslation("assessment.instrument-version.label", version.instrumentName(), version.label());
    }

    /** One field per domain of the version, bound to the field name the catalogue reports problems under. */
    private void showDomains(@Nullable InstrumentVersionSummary version) {
        domains.removeAll();
        flags.clear();
        scores.clear();
        domainsTitle.setVisible(version != null);
        total.setVisible(version != null && version.hasTotal());
        if (version == null) {
            instrumentVersion.setHelperText(null);
            return;
        }
        instrumentVersion.setHelperText(getTranslation(version.validated()
                ? "assessment.validated" : "assessment.not-validated"));
        for (DomainSummary domain : version.domains()) {
            ScoreRange range = domain.range();
            String field = InstrumentCatalogue.domainField(domain.code());
            if (range == null) {
                Checkbox flag = new Checkbox(domain.name());
                flags.put(domain.code(), flag);
                errors.bind(field, flag);
                domains.add(flag);
            } else {
                IntegerField score = new IntegerField(getTranslation("assessment.domain.score", domain.name(),
                        range.min(), range.max()));
                score.setMin(range.min());
                score.setMax(range.max());
                scores.put(domain.code(), score);
                errors.bind(field, score);
                domains.add(score);
            }
        }
        ScoreRange totalRange = version.total();
        if (totalRange != null) {
            total.setMin(totalRange.min());
            total.setMax(totalRange.max());
            total.setHelperText(getTranslation("assessment.total.range", totalRange.min(), totalRange.max()));
        }
    }

    /** Takes over a recorded result, to correct it. */
    void fill(CaseDetails.Assessment result) {
        instrumentVersion.getListDataView().getItems().filter(v -> v.id() == result.instrumentVersionId())
                .findFirst().ifPresent(instrumentVersion::setValue);
        administeredOn.setValue(result.administeredOn());
        respondent.setValue(result.respondent());
        administeredBy.setValue(result.administeredBy());
        flags.forEach((code, flag) -> flag.setValue(Integer.valueOf(1).equals(result.domainValues().get(code))));
        scores.forEach((code, score) -> score.setValue(result.domainValues().get(code)));
        total.setValue(result.total());
        riskLevel.setValue(result.reportedRiskLevel());
        pathway.setValue(result.suggestedCarePathway() == null ? "" : result.suggestedCarePathway());
        discussed.setValue(result.discussedWithClient());
    }

    AssessmentDraft draft() {
        InstrumentVersionSummary version = instrumentVersion.getValue();
        Map<String, @Nullable Integer> values = new LinkedHashMap<>();
        flags.forEach((code, flag) -> values.put(code, flag.getValue() ? 1 : 0));
        scores.forEach((code, score) -> values.put(code, score.getValue()));
        return new AssessmentDraft(version == null ? null : version.id(), administeredOn.getValue(),
                respondent.getValue(), administeredBy.getValue(), values,
                version != null && version.hasTotal() ? total.getValue() : null, riskLevel.getValue(),
                pathway.getValue(), discussed.getValue());
    }
}
