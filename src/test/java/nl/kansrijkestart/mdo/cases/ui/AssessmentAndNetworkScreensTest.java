package nl.kansrijkestart.mdo.cases.ui;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseDraft;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.cases.ConsentDraft;
import nl.kansrijkestart.mdo.cases.ConsentForm;
import nl.kansrijkestart.mdo.cases.ConsentGiver;
import nl.kansrijkestart.mdo.cases.LegalBasis;
import nl.kansrijkestart.mdo.cases.NetworkMemberKind;
import nl.kansrijkestart.mdo.cases.NetworkRelation;
import nl.kansrijkestart.mdo.cases.ReportedRiskLevel;
import nl.kansrijkestart.mdo.cases.TrustedProfessional;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.testing.SignedIn;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AssessmentAndNetworkScreensTest extends UiTest {

    private static final int INSTRUMENTS_TAB = 3;
    private static final int NETWORK_TAB = 4;

    @Autowired
    private CaseService cases;

    @Autowired
    private SignedIn signedIn;

    @Test
    void aMidwifeRecordsAnR4uResultThroughTheDialog() {
        openCase("kraamzorg", "D.E.", INSTRUMENTS_TAB);
        _click(_get(Button.class, spec -> spec.withId("record-assessment")));
        AssessmentFields fields = _get(AssessmentFields.class);
        assertThat(fields.administeredBy.getValue()).isEqualTo("Fatima El Amrani");
        selectByLabel(fields.instrumentVersion, "R4U (Ready for You) – versie 2");
        assertThat(fields.flags).hasSize(8);
        assertThat(fields.total.isVisible()).isFalse();
        _setValue(fields.flags.get("MENTAAL_WELZIJN"), true);
        fields.riskLevel.setValue(ReportedRiskLevel.INCREASED);
        _setValue(fields.pathway, "Aanmelden bij POP-poli.");
        _click(_get(Button.class, spec -> spec.withId("save-assessment")));

        _assertNone(AssessmentFields.class);
        AssessmentPanel panel = _get(AssessmentPanel.class);
        assertThat(_findAll(panel.grid)).singleElement().satisfies(result -> {
            assertThat(result.instrumentCode()).isEqualTo("R4U");
            assertThat(result.domainValues()).contains(entry("MENTAAL_WELZIJN", 1), entry("LEEFSTIJL", 0));
            assertThat(result.reportedRiskLevel()).isEqualTo(ReportedRiskLevel.INCREASED);
        });
        assertThat(_get(CaseView.class).current().assessments()).hasSize(1);
    }

    @Test
    void anOutOfRangeScoreIsShownAtItsDomainFieldAndWhatWasTypedStays() {
        openCase("kraamzorg", "F.G.", INSTRUMENTS_TAB);
        _click(_get(Button.class, spec -> spec.withId("record-assessment")));
        AssessmentFields fields = _get(AssessmentFields.class);
        selectByLabel(fields.instrumentVersion, "Signaleringslijst Gelderland-Midden (voorbeeld) – versie 1");
        assertThat(fields.total.isVisible()).isTrue();
        _setValue(fields.scores.get("ERVAREN_STRESS"), 11);
        _setValue(fields.total, 2);
        fields.riskLevel.setValue(ReportedRiskLevel.NONE_REPORTED);
        _setValue(fields.pathway, "Nog bespreken");
        _click(_get(Button.class, spec -> spec.withId("save-assessment")));

        assertThat(fields.isAttached()).isTrue();
        assertThat(fields.scores.get("ERVAREN_STRESS").isInvalid()).isTrue();
        assertThat(fields.scores.get("ERVAREN_STRESS").getErrorMessage()).isEqualTo("Vul een waarde van 0 tot en met 10 in.");
        assertThat(fields.scores.get("ERVAREN_STRESS").getValue()).isEqualTo(11);
        assertThat(fields.total.isInvalid()).isFalse();
        assertThat(fields.pathway.getValue()).isEqualTo("Nog bespreken");
        assertThat(_get(CaseView.class).current().assessments()).isEmpty();
    }

    @Test
    void aCorrectionNeedsAReasonAndShowsTheEarlierResultAsReplaced() {
        openCase("kraamzorg", "H.I.", INSTRUMENTS_TAB);
        _click(_get(Button.class, spec -> spec.withId("record-assessment")));
        AssessmentFields fields = _get(AssessmentFields.class);
        selectByLabel(fields.instrumentVersion, "R4U (Ready for You) – versie 2");
        fields.riskLevel.setValue(ReportedRiskLevel.LOW);
        _click(_get(Button.class, spec -> spec.withId("save-assessment")));
        long original = _get(CaseView.class).current().assessments().getFirst().id();

        _click(correctButton(original));
        AssessmentFields correction = _get(AssessmentFields.class);
        assertThat(correction.instrumentVersion.getValue().instrumentCode()).isEqualTo("R4U");
        assertThat(correction.riskLevel.getValue()).isEqualTo(ReportedRiskLevel.LOW);
        _setValue(correction.flags.get("LEEFSTIJL"), true);
        _click(_get(Button.class, spec -> spec.withId("save-assessment")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("correction-reason"));
        assertThat(reason.getErrorMessage()).isEqualTo("Dit veld is verplicht.");
        assertThat(correction.flags.get("LEEFSTIJL").getValue()).isTrue();
        _setValue(reason, "Leefstijl vergeten aan te vinken.");
        _click(_get(Button.class, spec -> spec.withId("save-assessment")));

        CaseDetails shown = _get(CaseView.class).current();
        assertThat(shown.assessments()).hasSize(2);
        assertThat(shown.assessments()).filteredOn(a -> a.id() == original).singleElement()
                .satisfies(replaced -> assertThat(replaced.replaced()).isTrue());
        assertThat(correctButton(original).isVisible()).isFalse();
    }

    @Test
    void aProfessionalAddsTheNetworkAndMarksTheProfessionalTheParentTrustsMost() {
        openCase("kraamzorg", "J.K.", NETWORK_TAB);
        NetworkPanel panel = _get(NetworkPanel.class);
        _setValue(panel.initials, "o.m.");
        panel.relation.setValue(NetworkRelation.PARENT);
        _click(_get(Button.class, spec -> spec.withId("add-informal")));
        _setValue(panel.name, "Els de Wit");
        _setValue(panel.organisation, "Schuldhulp Arnhem");
        panel.discipline.setValue(Discipline.SOCIAL_TEAM);
        _click(_get(Button.class, spec -> spec.withId("add-professional")));

        assertThat(_findAll(panel.informal)).singleElement().satisfies(member -> {
            assertThat(member.initials()).isEqualTo("O.M.");
            assertThat(member.relation()).isEqualTo(NetworkRelation.PARENT);
        });
        assertThat(panel.initials.getValue()).isEmpty();
        panel.trusted.setValue(panel.trusted.getListDataView().getItems()
                .filter(option -> option.label().equals("Els de Wit (Schuldhulp Arnhem)")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("save-trusted")));

        CaseDetails shown = _get(CaseView.class).current();
        CaseDetails.NetworkMember external = shown.network().stream()
                .filter(m -> m.kind() == NetworkMemberKind.EXTERNAL_PROFESSIONAL).findFirst().orElseThrow();
        assertThat(shown.trustedProfessional()).isEqualTo(new TrustedProfessional.ExternalProfessional(external.id()));
        assertThat(_findAll(panel.professionals)).singleElement()
                .satisfies(member -> assertThat(member.trusted()).isTrue());
        assertThat(panel.trusted.getValue().label()).isEqualTo("Els de Wit (Schuldhulp Arnhem)");
    }

    @Test
    void aFullNameForAnInformalMemberIsRefusedAtTheInitialsAndKept() {
        openCase("kraamzorg", "L.N.", NETWORK_TAB);
        NetworkPanel panel = _get(NetworkPanel.class);
        _setValue(panel.initials, "Anna");
        _click(_get(Button.class, spec -> spec.withId("add-informal")));
        assertThat(panel.relation.getErrorMessage()).isEqualTo("Dit veld is verplicht.");
        _setValue(panel.initials, "Anna Jansen");
        panel.relation.setValue(NetworkRelation.NEIGHBOUR);
        _click(_get(Button.class, spec -> spec.withId("add-informal")));
        assertThat(panel.initials.getErrorMessage())
                .isEqualTo("Vul alleen initialen in: één tot vijf letters, eventueel met punten.");
        assertThat(panel.initials.getValue()).isEqualTo("Anna Jansen");
        assertThat(_get(CaseView.class).current().network()).isEmpty();
    }

    private static Button correctButton(long assessmentId) {
        AssessmentPanel panel = _get(AssessmentPanel.class);
        int row = _findAll(panel.grid).stream().map(CaseDetails.Assessment::id).toList().indexOf(assessmentId);
        return (Button) _getCellComponent(panel.grid, row, AssessmentPanel.ACTIONS);
    }

    /** Registers a case as {@code username} and opens it on the given tab. */
    private void openCase(String username, String initials, int tab) {
        signedIn.as(username);
        String number = cases.register(new CaseDraft(CaseType.PREGNANCY, false, initials, 1995,
                LocalDate.now().plusMonths(4), null, "GM0202", null, "Vraag", Set.of()),
                new ConsentDraft(LegalBasis.CONSENT, LocalDate.now(), ConsentForm.WRITTEN, ConsentGiver.CLIENT, true,
                        false, false, Set.of(Discipline.MATERNITY_CARE), null, null)).caseNumber();
        loginAs(username);
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(number));
        _get(TabSheet.class).setSelectedIndex(tab);
    }
}
