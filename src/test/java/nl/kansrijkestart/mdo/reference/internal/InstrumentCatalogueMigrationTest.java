package nl.kansrijkestart.mdo.reference.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kansrijkestart.mdo.reference.DomainValueType;
import nl.kansrijkestart.mdo.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The shipped instrument catalogue, its constraints and mappings, on H2 and on PostgreSQL. */
@DatabaseTest
class InstrumentCatalogueMigrationTest {

    private static final String INSERT_DOMAIN_INTO_R4U = "insert into instrument_domain (version_id, position, "
            + "code, name, value_type, score_min, score_max) select v.id, 99, ?, 'Test', ?, ?, ? "
            + "from instrument_version v join instrument i on i.id = v.instrument_id "
            + "where i.code = 'R4U' and v.label = '2'";

    @Autowired
    private InstrumentRepository instruments;

    @Autowired
    private InstrumentVersionRepository versions;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void fiveInstrumentsAreShippedAndOnlyTheNamedSignallingListsCountAsValidated() {
        Map<String, Boolean> validated = new HashMap<>();
        instruments.findAll().forEach(instrument -> validated.put(instrument.getCode(), instrument.isValidated()));
        assertThat(validated).containsExactlyInAnyOrderEntriesOf(Map.of(
                "MIND2CARE", true, "R4U", true, "ALPHA-NL", true, "GIZ", false, "GM-SIGNALERING", false));
    }

    @Test
    void theRegionalExampleIsNamedAsAnExampleAndIsNotValidated() {
        Instrument example = instruments.findAll().stream()
                .filter(instrument -> instrument.getCode().equals("GM-SIGNALERING")).findFirst().orElseThrow();
        assertThat(example.getName()).isEqualTo("Signaleringslijst Gelderland-Midden (voorbeeld)");
        assertThat(example.isValidated()).isFalse();
    }

    @Test
    void r4uVersionTwoHasItsEightDomainsInOrderAsFlagsWithoutTotal() {
        InstrumentVersion r4u = version("R4U", "2");
        assertThat(r4u.hasTotal()).isFalse();
        assertThat(r4u.getDomains()).extracting(InstrumentDomain::getName).containsExactly(
                "Gezinssituatie", "Werk en inkomen", "Communicatie en opleiding", "Leefstijl",
                "Vorige zwangerschap(pen)", "Huidige zwangerschap", "Mentaal welzijn", "Hechting en ouderschap");
        assertThat(r4u.getDomains()).extracting(InstrumentDomain::getPosition).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(r4u.getDomains()).allSatisfy(domain -> {
            assertThat(domain.getValueType()).isEqualTo(DomainValueType.FLAG);
            assertThat(domain.getScoreMin()).isNull();
        });
    }

    @Test
    void everyShippedVersionHasDomainsAndTheExampleShowsAScoreAndATotal() {
        assertThat(versions.findAllByOrderByIdAsc()).hasSize(5)
                .allSatisfy(v -> assertThat(v.getDomains()).isNotEmpty());
        InstrumentVersion example = version("GM-SIGNALERING", "1");
        assertThat(example.getTotalMin()).isZero();
        assertThat(example.getTotalMax()).isEqualTo(7);
        assertThat(example.getDomains()).filteredOn(d -> d.getValueType() == DomainValueType.SCORE).singleElement()
                .satisfies(score -> assertThat(List.of(score.getScoreMin(), score.getScoreMax()))
                        .containsExactly(0, 10));
    }

    @Test
    void theDatabaseRefusesAScoreDomainWhoseMinimumExceedsItsMaximum() {
        assertThatThrownBy(() -> jdbc.update(INSERT_DOMAIN_INTO_R4U, "OMGEKEERD", "SCORE", 10, 0))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    // One refusal per test: on PostgreSQL a refused statement ends the test's transaction.
    @ParameterizedTest(name = "refuses domain {0} of type {1} with range {2}..{3}")
    @CsvSource(nullValues = "-", value = {
        "LEEFSTIJL, FLAG, -, -",
        "VLAG_MET_BEREIK, FLAG, 0, 1",
        "SCORE_ZONDER_BEREIK, SCORE, 0, -",
        "TEKST, TEXT, -, -"
    })
    void theDatabaseRefusesDomainsThatBreakTheCatalogueRules(String code, String type, Integer min, Integer max) {
        assertThatThrownBy(() -> jdbc.update(INSERT_DOMAIN_INTO_R4U, code, type, min, max))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theDatabaseRefusesATotalScoreWithoutItsRange() {
        assertThatThrownBy(() -> jdbc.update("insert into instrument_version (instrument_id, label, has_total) "
                + "select id, '3', TRUE from instrument where code = 'R4U'"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aNewVersionKeepsItsDomainsInOrderAndCannotChangeOnceSaved() {
        Instrument instrument = instruments.saveAndFlush(new Instrument("MAPPING-TEST", "Mappingtest", false, null));
        InstrumentVersion version = new InstrumentVersion(instrument, "1", 0, 30);
        version.addDomain("STRESS", "Stress", DomainValueType.SCORE, 0, 10);
        version.addDomain("NETWERK", "Netwerk", DomainValueType.FLAG, null, null);
        versions.saveAndFlush(version);

        InstrumentVersion reloaded = versions.findWithDomainsById(version.requireId()).orElseThrow();
        assertThat(reloaded.getDomains()).extracting(InstrumentDomain::getCode).containsExactly("STRESS", "NETWERK");
        assertThat(reloaded.hasTotal()).isTrue();
        assertThatThrownBy(() -> reloaded.addDomain("LAAT", "Te laat", DomainValueType.FLAG, null, null))
                .isInstanceOf(IllegalStateException.class);
    }

    private InstrumentVersion version(String instrumentCode, String label) {
        return versions.findAllByOrderByIdAsc().stream()
                .filter(v -> v.getInstrument().getCode().equals(instrumentCode) && v.getLabel().equals(label))
                .findFirst().orElseThrow();
    }
}
