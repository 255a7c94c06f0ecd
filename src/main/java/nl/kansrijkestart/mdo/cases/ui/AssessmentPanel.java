package nl.kansrijkestart.mdo.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.TextRenderer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.cases.AssessmentService;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.reference.InstrumentVersionSummary;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;
import org.jspecify.annotations.Nullable;

/**
 * The instrument results of a case, newest first, with whether each instrument is validated and
 * which results a correction replaced. Adding and correcting happen in a dialog.
 */
class AssessmentPanel extends VerticalLayout {

    static final String ACTIONS = "actions";

    private final AssessmentService assessments;
    private final List<InstrumentVersionSummary> versions;
    private final Map<Long, InstrumentVersionSummary> versionsById;
    private final String ownName;
    private final CaseEditing editing;
    final Grid<CaseDetails.Assessment> grid = new Grid<>();
    private final Button add = new Button();
    private final Paragraph anonymousNote = new Paragraph();
    private @Nullable CaseDetails details;

    AssessmentPanel(AssessmentService assessments, List<InstrumentVersionSummary> versions, String ownName,
            CaseEditing editing) {
        this.assessments = assessments;
        this.versions = versions;
        this.versionsById = versions.stream().collect(Collectors.toMap(InstrumentVersionSummary::id,
                Function.identity()));
        this.ownName = ownName;
        this.editing = editing;
        add.setText(getTranslation("assessment.record"));
        add.setId("record-assessment");
        add.addClickListener(click -> openDialog(null));
        anonymousNote.setText(getTranslation("assessment.anonymous-case"));
        configureGrid();
        add(add, anonymousNote, grid);
    }

    private void configureGrid() {
        grid.setId("assessments");
        grid.addColumn(a -> getTranslation("assessment.instrument-version.label", a.instrumentName(),
                a.versionLabel())).setHeader(getTranslation("assessment.instrument")).setAutoWidth(true);
        grid.addComponentColumn(this::validatedBadge).setHeader(getTranslation("assessment.validation"))
                .setAutoWidth(true);
        grid.addColumn(CaseDetails.Assessment::administeredOn).setHeader(getTranslation("assessment.administered-on"));
        grid.addColumn(a -> getTranslation(a.respondent().messageKey())).setHeader(getTranslation("assessment.respondent"));
        grid.addColumn(CaseDetails.Assessment::administeredBy).setHeader(getTranslation("assessment.administered-by"));
        grid.addColumn(a -> a.total() == null ? "" : a.total().toString()).setHeader(getTranslation("assessment.total"));
        grid.addColumn(a -> getTranslation(a.reportedRiskLevel().messageKey())).setHeader(getTranslation("assessment.risk"));
        grid.addColumn(a -> a.suggestedCarePathway() == null ? "" : a.suggestedCarePathway())
                .setHeader(getTranslation("assessment.pathway")).setFlexGrow(2);
        grid.addColumn(a -> getTranslation(a.discussedWithClient() ? "assessment.yes" : "assessment.no"))
                .setHeader(getTranslation("assessment.discussed"));
        grid.addColumn(this::status).setHeader(getTranslation("assessment.status")).setFlexGrow(2);
        grid.addComponentColumn(this::correctButton).setKey(ACTIONS).setAutoWidth(true).setFlexGrow(0);
        grid.setItemDetailsRenderer(new TextRenderer<>(this::values));
        grid.setAllRowsVisible(true);
    }

    void show(CaseDetails shown) {
        details = shown;
        add.setVisible(!shown.anonymous() && !shown.erased());
        anonymousNote.setVisible(shown.anonymous());
        grid.setItems(shown.assessments());
    }

    private Span validatedBadge(CaseDetails.Assessment result) {
        Span badge = new Span(getTranslation(result.validated() ? "assessment.validated" : "assessment.not-validated"));
        badge.addClassName(result.validated() ? "validated-badge" : "not-validated-badge");
        return badge;
    }

    private String status(CaseDetails.Assessment result) {
        if (result.replaced()) {
            return getTranslation("assessment.replaced");
        }
        return result.supersedesId() == null ? ""
                : getTranslation("assessment.correction", result.correctionReason() == null ? "" : result.correctionReason());
    }

    /** The value of each domain by its name in the catalogue, shown when a row is opened. */
    private String values(CaseDetails.Assessment result) {
        InstrumentVersionSummary version = versionsById.get(result.instrumentVersionId());
        if (version == null) {
            return result.domainValues().toString();
        }
        return version.domains().stream()
                .filter(domain -> result.domainValues().containsKey(domain.code()))
                .map(domain -> domain.name() + ": " + result.domainValues().get(domain.code()))
                .collect(Collectors.joining("; "));
    }

    private Button correctButton(CaseDetails.Assessment result) {
        Button correct = new Button(getTranslation("assessment.correct"), click -> openDialog(result));
        correct.setId("correct-assessment-" + result.id());
        correct.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        correct.setVisible(!result.replaced() && details != null && !details.erased());
        return correct;
    }

    private void openDialog(CaseDetails.@Nullable Assessment original) {
        if (details == null) {
            return;
        }
        CaseDetails target = details;
        Dialog dialog = new Dialog(getTranslation(original == null ? "assessment.record" : "assessment.correct.title"));
        dialog.setId("assessment-dialog");
        dialog.setWidth("48rem");
        FieldErrors errors = new FieldErrors(dialog);
        List<InstrumentVersionSummary> choices = versions.stream()
                .filter(v -> v.active() || (original != null && v.id() == original.instrumentVersionId())).toList();
        AssessmentFields fields = new AssessmentFields(choices, editing.today(), ownName, errors);
        TextArea reason = new TextArea(getTranslation("assessment.reason"));
        reason.setId("correction-reason");
        reason.setWidthFull();
        reason.setVisible(original != null);
        errors.bind("reason", reason);
        if (original != null) {
            fields.fill(original);
        }
        Button save = new Button(getTranslation("action.save"), click -> {
            if (editing.apply(this, () -> original == null
                    ? assessments.record(target.caseNumber(), target.version(), fields.draft())
                    : assessments.correct(target.caseNumber(), target.version(), original.id(), fields.draft(),
                            reason.getValue()), errors::show)) {
                dialog.close();
            }
        });
        save.setId("save-assessment");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(fields, reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }
}
