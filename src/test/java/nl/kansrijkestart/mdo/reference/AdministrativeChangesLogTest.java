package nl.kansrijkestart.mdo.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.kansrijkestart.mdo.identity.OrganisationService;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application manager's changes of reference data and organisations are in the access log:
 * who, what and what it became. Region changes move future counts, so they must be traceable.
 */
@IntegrationTest
class AdministrativeChangesLogTest {

    @Autowired
    private MunicipalityService municipalities;

    @Autowired
    private RegionService regions;

    @Autowired
    private InstrumentCatalogue instruments;

    @Autowired
    private OrganisationService organisations;

    @Autowired
    private SignedIn signedIn;

    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void eachChangeOfMunicipalitiesRegionsInstrumentsAndOrganisationsIsLoggedWithItsResult() {
        signedIn.as("admin");
        MunicipalitySummary created = municipalities.create("GM0888", "Logdorp");
        municipalities.update(created.id(), created.version(), "Logdorp aan Zee", false);
        RegionSummary region = regions.create(new RegionDraft("LOG-REGIO", "Logregio", null, Set.of(created.id())));
        regions.delete(region.id());
        instruments.createInstrument(new InstrumentDraft("LOG", "Loginstrument", false, null));
        organisations.create("Logpraktijk");

        assertThat(logged("municipality GM0888")).containsExactly(
                "CREATE municipality municipality GM0888: Logdorp",
                "UPDATE municipality municipality GM0888: name=Logdorp aan Zee active=false");
        assertThat(logged("LOG-REGIO")).containsExactly(
                "CREATE region region LOG-REGIO: name=Logregio parent=null municipalities=[GM0888]",
                "DELETE region region LOG-REGIO removed");
        assertThat(logged("instrument LOG:")).containsExactly("CREATE instrument instrument LOG: validated=false");
        assertThat(logged("Logpraktijk")).singleElement().asString().startsWith("CREATE organisation organisation ");
    }

    private List<String> logged(String about) {
        return jdbc.queryForList("""
                SELECT action || ' ' || object || ' ' || detail FROM audit_entry
                WHERE username = 'admin' AND outcome = 'SUCCESS' AND detail LIKE ? ORDER BY id""",
                String.class, "%" + about + "%");
    }
}
