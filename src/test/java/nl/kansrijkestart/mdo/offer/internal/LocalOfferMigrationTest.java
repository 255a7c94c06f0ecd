package nl.kansrijkestart.mdo.offer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.kansrijkestart.mdo.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The shipped local offer of the coalition and the table rules, on H2 and on PostgreSQL. */
@DatabaseTest
class LocalOfferMigrationTest {

    private static final List<String> COALITION = List.of("GM0202", "GM0203", "GM0221", "GM0226", "GM0228", "GM0267",
            "GM0274", "GM0275", "GM0277", "GM0279", "GM0289", "GM0293", "GM0299", "GM1705", "GM1734");

    @Autowired
    private OfferEntryRepository entries;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void everyMunicipalityOfTheCoalitionHasTheTenKindsTheReportNamesAndItsOwnSocialTeam() {
        for (String municipality : COALITION) {
            List<String> kinds = jdbc.queryForList("""
                    SELECT DISTINCT s.kind FROM offer_service s JOIN offer_availability a ON a.service_id = s.id
                    WHERE a.municipality_code = ? AND a.available_from <= DATE '2026-12-07'
                      AND (a.available_until IS NULL OR a.available_until >= DATE '2026-12-07')""",
                    String.class, municipality);
            assertThat(kinds).as(municipality).contains("PRENATAL_HOME_VISIT", "STEVIG_OUDERSCHAP", "VOORZORG",
                    "NU_NIET_ZWANGER", "PARENT_GROUP", "DEBT_COUNSELLING", "MENTAL_HEALTH", "VEILIG_THUIS",
                    "MATERNITY_CARE", "SOCIAL_TEAM_SUPPORT");
        }
        assertThat(entries.findByCode("SOCIAAL-TEAM-GM0202")).get().satisfies(team -> {
            assertThat(team.getName()).isEqualTo("Sociaal team / CJG Arnhem");
            assertThat(team.isLocalTeam()).isTrue();
            assertThat(team.isDemo()).isTrue();
            assertThat(team.getAvailability()).extracting(OfferPeriod::getMunicipalityCode).containsExactly("GM0202");
        });
    }

    @Test
    void centeringPregnancyInZevenaarEndedInTheSummerOf2025() {
        OfferEntry centering = entries.findByCode("CENTERING-ARNHEM").orElseThrow();
        assertThat(centering.getAvailability()).filteredOn(p -> p.getMunicipalityCode().equals("GM0299"))
                .singleElement().extracting(OfferPeriod::getAvailableUntil).hasToString("2025-06-30");
        assertThat(centering.getFactors()).extracting(Enum::name)
                .containsExactlyInAnyOrder("UNHEALTHY_LIFESTYLE", "AVOIDING_CARE");
    }

    @Test
    void anEndBeforeTheStartIsRefusedByTheDatabase() {
        long id = entries.findByCode("VOORZORG").orElseThrow().requireId();
        assertThatThrownBy(() -> jdbc.update("INSERT INTO offer_availability (service_id, municipality_code,"
                + " available_from, available_until) VALUES (?, 'GM0202', DATE '2030-01-02', DATE '2030-01-01')", id))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void anUnknownKindIsRefusedByTheDatabase() {
        assertThatThrownBy(() -> jdbc.update("INSERT INTO offer_service (code, name, kind, provider, phase,"
                + " description) VALUES ('X-KIND', 'X', 'MAGIC', 'P', 'BOTH', 'd')"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
