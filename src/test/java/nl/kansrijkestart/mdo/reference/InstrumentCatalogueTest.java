package nl.kansrijkestart.mdo.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.InvalidInputException.FieldProblem;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.assertj.core.groups.Tuple;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
class InstrumentCatalogueTest {

    private static final DomainDraft STRESS = new DomainDraft("stress", "Ervaren stress", DomainValueType.SCORE, 0, 10);
    private static final DomainDraft NETWORK = new DomainDraft("NETWERK", "Steunend netwerk", DomainValueType.FLAG,
            null, null);

    @Autowired
    private InstrumentCatalogue catalogue;

    @Autowired
    private SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @ParameterizedTest(name = "{0} reads the catalogue but does not change it")
    @ValueSource(strings = {"verloskundige", "voorzitter", "coordinator"})
    void everyoneSignedInReadsTheCatalogueButOnlyAnAdministratorChangesIt(String username) {
        signedIn.as(username);
        assertThat(instrument("R4U").versions()).singleElement()
                .satisfies(r4u -> assertThat(r4u.domains()).hasSize(8));
        assertThatThrownBy(() -> catalogue.createInstrument(new InstrumentDraft("EIGEN", "Eigen lijst", false, null)))
                .isInstanceOf(AccessDeniedException.class);
        long r4uId = instrument("R4U").id();
        assertThatThrownBy(() -> catalogue.addVersion(r4uId,
                new InstrumentVersionDraft("3", false, null, null, List.of(NETWORK))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void withoutSignInTheCatalogueIsClosed() {
        assertThatThrownBy(() -> catalogue.instruments())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> catalogue.checkValues(1, Map.of(), null))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void anAdministratorAddsAnInstrumentAndAVersionThatEveryoneCanThenUse() {
        signedIn.as("admin");
        InstrumentSummary created = catalogue.createInstrument(
                new InstrumentDraft(" test-nieuw ", " Testlijst nieuw ", true, "  "));
        assertThat(created.code()).isEqualTo("TEST-NIEUW");
        assertThat(created.name()).isEqualTo("Testlijst nieuw");
        assertThat(created.description()).isNull();
        InstrumentVersionSummary version = catalogue.addVersion(created.id(),
                new InstrumentVersionDraft(" 1 ", true, 0, 20, List.of(STRESS, NETWORK)));

        signedIn.as("verloskundige");
        assertThat(catalogue.version(version.id())).get().satisfies(found -> {
            assertThat(found.instrumentCode()).isEqualTo("TEST-NIEUW");
            assertThat(found.validated()).isTrue();
            assertThat(found.label()).isEqualTo("1");
            assertThat(found.total()).isEqualTo(new ScoreRange(0, 20));
            assertThat(found.domains()).extracting(DomainSummary::position, DomainSummary::code, DomainSummary::type,
                    DomainSummary::range).containsExactly(
                            tuple(1, "STRESS", DomainValueType.SCORE, new ScoreRange(0, 10)),
                            tuple(2, "NETWERK", DomainValueType.FLAG, null));
        });
        assertThat(instrument("TEST-NIEUW").versions()).extracting(InstrumentVersionSummary::id)
                .containsExactly(version.id());
    }

    @Test
    void aChangedInstrumentGetsANewVersionAndTheEarlierOneStaysAsItWas() {
        signedIn.as("admin");
        InstrumentSummary created =
                catalogue.createInstrument(new InstrumentDraft("TEST-VERSIES", "Versietest", false, null));
        InstrumentVersionSummary first = catalogue.addVersion(created.id(),
                new InstrumentVersionDraft("1", false, null, null, List.of(NETWORK)));
        InstrumentVersionSummary second = catalogue.addVersion(created.id(),
                new InstrumentVersionDraft("2", false, null, null, List.of(NETWORK, STRESS)));

        assertThat(instrument("TEST-VERSIES").versions()).extracting(InstrumentVersionSummary::label)
                .containsExactly("1", "2");
        assertThat(catalogue.version(first.id())).get().extracting(v -> v.domains().size()).isEqualTo(1);
        assertThat(catalogue.version(second.id())).get().extracting(v -> v.domains().size()).isEqualTo(2);
        assertThat(problems(() -> catalogue.addVersion(created.id(),
                new InstrumentVersionDraft("1", false, null, null, List.of(NETWORK)))))
                .containsExactly(tuple("label", "instrument.version.label.taken"));
    }

    @Test
    void aNewInstrumentNeedsAWellFormedUniqueCodeAndAUniqueName() {
        signedIn.as("admin");
        assertThat(problems(() -> catalogue.createInstrument(new InstrumentDraft("fout code!", "", false, null))))
                .containsExactly(tuple("code", "instrument.code.invalid"), tuple("name", "validation.required"));
        assertThat(problems(() -> catalogue.createInstrument(new InstrumentDraft("r4u", "alpha-nl", true, null))))
                .containsExactly(tuple("code", "instrument.code.taken"), tuple("name", "instrument.name.taken"));
    }

    @Test
    void aVersionWithBadDomainsIsRefusedWithEveryProblemAtItsField() {
        signedIn.as("admin");
        long instrumentId = catalogue.createInstrument(new InstrumentDraft("TEST-FOUT", "Fouttest", false, null)).id();
        List<DomainDraft> domains = List.of(
                new DomainDraft("1abc", " ", null, null, null),
                new DomainDraft("STRESS", "Stress", DomainValueType.SCORE, 10, 0),
                new DomainDraft("stress", "Nog eens stress", DomainValueType.SCORE, null, 5),
                new DomainDraft("VLAG", "Vlag met bereik", DomainValueType.FLAG, 0, 1));
        assertThat(problems(() -> catalogue.addVersion(instrumentId,
                new InstrumentVersionDraft(" ", true, 30, 3, domains)))).containsExactly(
                        tuple("label", "validation.required"),
                        tuple("totalMax", "instrument.range.reversed"),
                        tuple("domains[0].code", "instrument.domain.code.invalid"),
                        tuple("domains[0].name", "validation.required"),
                        tuple("domains[0].type", "validation.required"),
                        tuple("domains[1].scoreMax", "instrument.range.reversed"),
                        tuple("domains[2].code", "instrument.domain.code.duplicate"),
                        tuple("domains[2].scoreMin", "validation.required"),
                        tuple("domains[3].scoreMin", "instrument.domain.flag-range"));
        assertThat(problems(() -> catalogue.addVersion(instrumentId,
                new InstrumentVersionDraft("1", false, 0, null, List.of())))).containsExactly(
                        tuple("totalMin", "instrument.version.total-unexpected"),
                        tuple("domains", "instrument.domains.required"));
        assertThat(instrument("TEST-FOUT").versions()).isEmpty();
    }

    @Test
    void resultValuesAreCheckedPerDomainAgainstWhatTheInstrumentCanProduce() {
        long versionId = versionWithTotal("TEST-WAARDEN");
        signedIn.as("verloskundige");
        Map<String, @Nullable Integer> values = new HashMap<>(Map.of("STRESS", 11, "NETWERK", 2, "ONBEKEND", 1));
        assertThat(catalogue.checkValues(versionId, values, 21))
                .extracting(FieldProblem::field, FieldProblem::messageKey).containsExactly(
                        tuple("domain.ONBEKEND", "instrument.value.unknown-domain"),
                        tuple("domain.STRESS", "instrument.value.out-of-range"),
                        tuple("domain.NETWERK", "instrument.value.flag"),
                        tuple("total", "instrument.value.out-of-range"));
        assertThat(catalogue.checkValues(versionId, values, 21).get(1).arguments()).containsExactly(0, 10);
    }

    @Test
    void missingValuesAndAMissingTotalAreReported() {
        long versionId = versionWithTotal("TEST-ONTBREEKT");
        signedIn.as("verloskundige");
        Map<String, @Nullable Integer> values = new HashMap<>();
        values.put("STRESS", null);
        assertThat(catalogue.checkValues(versionId, values, null))
                .extracting(FieldProblem::field, FieldProblem::messageKey).containsExactly(
                        tuple("domain.STRESS", "validation.required"),
                        tuple("domain.NETWERK", "validation.required"),
                        tuple("total", "validation.required"));
    }

    @Test
    void valuesTheInstrumentCanProduceAreAcceptedIncludingTheEndsOfEachRange() {
        long versionId = versionWithTotal("TEST-GOED");
        signedIn.as("verloskundige");
        assertThat(catalogue.checkValues(versionId, Map.of("STRESS", 0, "NETWERK", 1), 20)).isEmpty();
        assertThat(catalogue.checkValues(versionId, Map.of("STRESS", 10, "NETWERK", 0), 0)).isEmpty();
    }

    @Test
    void aTotalIsRefusedForAVersionWithoutOneAndAnUnknownVersionIsReported() {
        signedIn.as("verloskundige");
        InstrumentVersionSummary r4u = instrument("R4U").versions().getFirst();
        Map<String, @Nullable Integer> allZero = new HashMap<>();
        r4u.domains().forEach(domain -> allZero.put(domain.code(), 0));
        assertThat(catalogue.checkValues(r4u.id(), allZero, null)).isEmpty();
        assertThat(catalogue.checkValues(r4u.id(), allZero, 3))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("total", "instrument.value.total-unexpected"));
        assertThat(catalogue.checkValues(Long.MAX_VALUE, allZero, null))
                .extracting(FieldProblem::messageKey).containsExactly("instrument.version.unknown");
        assertThat(catalogue.version(Long.MAX_VALUE)).isEmpty();
    }

    private long versionWithTotal(String code) {
        signedIn.as("admin");
        long instrumentId = catalogue.createInstrument(new InstrumentDraft(code, "Lijst " + code, false, null)).id();
        return catalogue.addVersion(instrumentId,
                new InstrumentVersionDraft("1", true, 0, 20, List.of(STRESS, NETWORK))).id();
    }

    private InstrumentSummary instrument(String code) {
        return catalogue.instruments().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<Tuple> problems(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException refused) {
            return refused.problems().stream().map(p -> tuple(p.field(), p.messageKey())).toList();
        }
        throw new AssertionError("expected the input to be refused");
    }
}
