package nl.kansrijkestart.mdo.cases.ui;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseDraft;
import nl.kansrijkestart.mdo.cases.CaseListItem;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.cases.ConsentDraft;
import nl.kansrijkestart.mdo.cases.ConsentForm;
import nl.kansrijkestart.mdo.cases.ConsentGiver;
import nl.kansrijkestart.mdo.cases.ConsentService;
import nl.kansrijkestart.mdo.cases.ConsentState;
import nl.kansrijkestart.mdo.cases.Factor;
import nl.kansrijkestart.mdo.cases.LegalBasis;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.shared.ui.AccessDeniedView;
import nl.kansrijkestart.mdo.shared.ui.NotFoundView;
import nl.kansrijkestart.mdo.testing.SignedIn;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CaseScreensTest extends UiTest {

    @Autowired
    private CaseService cases;

    @Autowired
    private SignedIn signedIn;

    @Autowired
    private ConsentService consents;

    @Test
    void aMidwifeRegistersAPregnancyWithConsentAndLandsOnTheCasePage() {
        loginAs("verloskundige");
        UI.getCurrent().navigate(NewCaseView.class);
        NewCaseView form = _get(NewCaseView.class);
        _setValue(form.fields.initials, "L.M.");
        _setValue(form.fields.parentBirthYear, LocalDate.now().getYear() - 27);
        _setValue(form.fields.expectedDueDate, LocalDate.now().plusMonths(5));
        selectByLabel(form.fields.municipality, "Arnhem (GM0202)");
        _setValue(form.fields.question, "Schulden en weinig netwerk; welke steun past?");
        form.fields.riskFactors.setValue(Set.of(Factor.FINANCIAL_PROBLEMS));
        form.consent.form.setValue(ConsentForm.VERBAL);
        form.consent.disciplines.setValue(Set.of(Discipline.MIDWIFE, Discipline.SOCIAL_TEAM));
        _click(_get(Button.class, spec -> spec.withId("register-case")));

        CaseView page = _get(CaseView.class);
        CaseDetails shown = page.current();
        assertThat(shown).isNotNull();
        assertThat(shown.initials()).isEqualTo("L.M.");
        assertThat(shown.consentState()).isEqualTo(ConsentState.ACTIVE);
        assertThat(page.getElement().getTextRecursively()).contains("Casus " + shown.caseNumber());
    }

    @Test
    void theTimelineWritesDatesAsPeopleDo() {
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(new CaseDraft(CaseType.PREGNANCY, false, "T.L.",
                LocalDate.now().getYear() - 30, LocalDate.now().plusMonths(3), null, "GM0202", null,
                "Welke steun past?", Set.of()), new ConsentDraft(LegalBasis.CONSENT, LocalDate.now(), ConsentForm.VERBAL,
                ConsentGiver.CLIENT, true, false, false, Set.of(Discipline.MIDWIFE), null, null));
        consents.withdraw(created.caseNumber(), created.version(), created.consents().getFirst().id(), null);
        signedIn.nobody();
        loginAs("verloskundige");
        UI.getCurrent().navigate("casussen/" + created.caseNumber());
        _get(TabSheet.class).setSelectedIndex(5);

        TimelinePanel timeline = _get(TimelinePanel.class);
        List<String> lines = IntStream.range(0, _size(timeline.grid))
                .mapToObj(row -> String.join(" ", GridKt._getFormattedRow(timeline.grid, row))).toList();
        LocalDate today = LocalDate.now();
        assertThat(lines).anyMatch(line -> line.contains("Toestemming ingetrokken per "
                        + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl")).format(today)))
                .noneMatch(line -> line.contains(today.toString()));
    }

    @Test
    void aRefusedRegistrationShowsWhyAndKeepsWhatWasTyped() {
        loginAs("verloskundige");
        UI.getCurrent().navigate(NewCaseView.class);
        NewCaseView form = _get(NewCaseView.class);
        _setValue(form.fields.initials, "Marieke Jansen");
        _setValue(form.fields.expectedDueDate, LocalDate.now().plusYears(2));
        _setValue(form.fields.question, "Vraag die bewaard moet blijven");
        _click(_get(Button.class, spec -> spec.withId("register-case")));

        _assertOne(NewCaseView.class);
        assertThat(form.fields.initials.getErrorMessage())
                .isEqualTo("Vul alleen initialen in: één tot vijf letters, eventueel met punten.");
        assertThat(form.fields.expectedDueDate.getErrorMessage()).startsWith("De uitgerekende datum ligt binnen tien maanden");
        assertThat(form.fields.municipality.getErrorMessage()).isEqualTo("Dit veld is verplicht.");
        assertThat(form.fields.question.getValue()).isEqualTo("Vraag die bewaard moet blijven");
        assertThat(form.fields.initials.getValue()).isEqualTo("Marieke Jansen");
    }

    @Test
    void anAnonymousRegistrationHidesIdentifyingFieldsAndWarnsAboutFreeText() {
        loginAs("wijkteam");
        UI.getCurrent().navigate(NewCaseView.class);
        NewCaseView form = _get(NewCaseView.class);
        _setValue(form.anonymous, true);
        assertThat(form.fields.initials.isVisible()).isFalse();
        assertThat(form.consent.isVisible()).isFalse();
        assertThat(form.fields.question.getHelperText()).startsWith("Let op: schrijf niets in de hulpvraag");
        selectByLabel(form.fields.municipality, "Rheden (GM0275)");
        _setValue(form.fields.question, "Hoe bereiken we een gezin dat hulp afhoudt?");
        _click(_get(Button.class, spec -> spec.withId("register-case")));

        CaseDetails shown = _get(CaseView.class).current();
        assertThat(shown.anonymous()).isTrue();
        assertThat(shown.consentState()).isEqualTo(ConsentState.ANONYMOUS);
    }

    @Test
    void anotherProfessionalsCaseNumberInTheAddressShowsNotFound() {
        signedIn.as("gynaecoloog");
        String number = cases.register(new CaseDraft(CaseType.PREGNANCY, false, "N.O.", 1996,
                LocalDate.now().plusMonths(3), null, "GM0202", null, "Vraag", Set.of()), consent()).caseNumber();
        loginAs("huisarts");
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(number));
        _assertNone(CaseView.class);
        _assertOne(NotFoundView.class);
    }

    @Test
    void aCoordinatorOpeningACaseAddressGetsAccessDenied() {
        loginAs("coordinator");
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters("KS-AAAA-BBBB"));
        _assertNone(CaseView.class);
        _assertOne(AccessDeniedView.class);
        UI.getCurrent().navigate(MyCasesView.class);
        _assertOne(AccessDeniedView.class);
    }

    @Test
    void myCasesShowsMyCasesAndFiltersOnUrgency() {
        signedIn.as("mmw");
        String urgent = cases.register(new CaseDraft(CaseType.PREGNANCY, false, "P.Q.", 1994,
                LocalDate.now().plusMonths(1), null, "GM0228", null, "Vraag", Set.of(Factor.HOMELESSNESS)),
                consent()).caseNumber();
        String calm = cases.register(new CaseDraft(CaseType.PREGNANCY, false, "R.S.", 1994,
                LocalDate.now().plusMonths(1), null, "GM0228", null, "Vraag", Set.of()), consent()).caseNumber();
        loginAs("mmw");
        UI.getCurrent().navigate(MyCasesView.class);
        MyCasesView view = _get(MyCasesView.class);
        assertThat(_findAll(view.grid)).extracting(CaseListItem::caseNumber).contains(urgent, calm);
        _setValue(view.urgentOnly, true);
        assertThat(_findAll(view.grid)).extracting(CaseListItem::caseNumber).contains(urgent).doesNotContain(calm);
        assertThat(_size(view.grid)).isEqualTo(_findAll(view.grid).size());
    }

    @Test
    void addingAProfessionalOutsideTheConsentShowsTheReasonOnTheCarePage() {
        signedIn.as("kinderarts");
        String number = cases.register(new CaseDraft(CaseType.FAMILY, false, "T.U.", 1990, null,
                LocalDate.now().minusMonths(2), "GM0202", null, "Vraag", Set.of()), consent()).caseNumber();
        loginAs("kinderarts");
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(number));
        _get(TabSheet.class).setSelectedIndex(2);
        CareTeamPanel panel = _get(CareTeamPanel.class);
        setUserInput(panel.newMember, "Pieter");
        panel.newMember.setValue(getSuggestionItems(panel.newMember).getFirst());
        assertThat(panel.newMember.getValue().username()).isEqualTo("huisarts");
        _click(_get(Button.class, spec -> spec.withId("add-member")));
        assertThat(panel.newMember.getErrorMessage())
                .isEqualTo("De toestemming geldt niet voor delen met Huisarts. Leg zo nodig een nieuwe toestemming vast.");
    }

    @Test
    void aChangeBySomeoneElseWhileEditingIsNamedAndCanBeReloaded() {
        signedIn.as("gynaecoloog");
        CaseDetails created = cases.register(new CaseDraft(CaseType.PREGNANCY, false, "V.W.", 1993,
                LocalDate.now().plusMonths(2), null, "GM0202", null, "Oorspronkelijke vraag", Set.of()), consent());
        loginAs("gynaecoloog");
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(created.caseNumber()));
        CaseDataPanel panel = _get(CaseDataPanel.class);

        signedIn.as("gynaecoloog");
        cases.update(created.caseNumber(), created.version(), new CaseDraft(CaseType.PREGNANCY, false, "V.W.", 1993,
                LocalDate.now().plusMonths(2), null, "GM0202", null, "Vraag van een collega", Set.of()));

        _setValue(panel.fields.question, "Mijn eigen wijziging");
        _click(_get(Button.class, spec -> spec.withId("save-case")));
        Notification notice = _get(Notification.class, spec -> spec.withId("concurrent-change"));
        assertThat(notice.getElement().getTextRecursively())
                .contains("Sanne Bakker heeft deze casus intussen gewijzigd");
        _click(_get(Button.class, spec -> spec.withId("reload-case")));
        assertThat(panel.fields.question.getValue()).isEqualTo("Vraag van een collega");
    }

    @Test
    void erasureAsksForAReasonAndThenShowsTheErasedCase() {
        signedIn.as("gynaecoloog");
        CaseDetails created = cases.register(new CaseDraft(CaseType.PREGNANCY, false, "X.Y.", 1991,
                LocalDate.now().plusMonths(2), null, "GM0202", null, "Te wissen vraag", Set.of()), consent());
        loginAs("gynaecoloog");
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(created.caseNumber()));
        _click(_get(Button.class, spec -> spec.withId("erase-case")));
        _click(_get(Button.class, spec -> spec.withId("confirm-erase")));
        assertThat(_get(TextArea.class, spec -> spec.withId("erase-reason")).getErrorMessage())
                .isEqualTo("Dit veld is verplicht.");
        assertThat(cases.open(created.caseNumber()).erased()).isFalse();

        _setValue(_get(TextArea.class, spec -> spec.withId("erase-reason")), "Verzoek van de cliënt");
        _click(_get(Button.class, spec -> spec.withId("confirm-erase")));
        CaseDetails shown = _get(CaseView.class).current();
        assertThat(shown.erased()).isTrue();
        assertThat(shown.initials()).isNull();
        assertThat(_get(CaseDataPanel.class).fields.initials.getValue()).isEmpty();
        _assertNone(Button.class, spec -> spec.withId("erase-case"));
    }

    private static ConsentDraft consent() {
        return new ConsentDraft(LegalBasis.CONSENT, LocalDate.now(), ConsentForm.WRITTEN, ConsentGiver.CLIENT, true,
                false, false, Set.of(Discipline.MEDICAL_SOCIAL_WORK, Discipline.OBSTETRICIAN, Discipline.PAEDIATRICS),
                null, null);
    }

    @Test
    void theLinkFromTheStartPageOpensTheCaseListFilteredOnWhatNeedsAttention() {
        loginAs("verloskundige");
        UI.getCurrent().navigate("casussen", QueryParameters.of("toestemming", "EXPIRED"));

        MyCasesView list = _get(MyCasesView.class);
        assertThat(list.consent.getValue()).isEqualTo(ConsentState.EXPIRED);
        assertThat(_findAll(list.grid)).extracting(CaseListItem::consentState).containsOnly(ConsentState.EXPIRED);

        UI.getCurrent().navigate("casussen", QueryParameters.of("urgent", "ja"));
        assertThat(_get(MyCasesView.class).urgentOnly.getValue()).isTrue();
    }
}
