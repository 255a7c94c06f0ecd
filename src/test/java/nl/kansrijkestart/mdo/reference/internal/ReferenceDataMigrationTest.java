package nl.kansrijkestart.mdo.reference.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import nl.kansrijkestart.mdo.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reference-data migrations and mappings, on H2 and on PostgreSQL. */
@DatabaseTest
class ReferenceDataMigrationTest {

    @Autowired
    private MunicipalityRepository municipalities;

    @Autowired
    private RegionRepository regions;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theFifteenMunicipalitiesOfTheCoalitionAreThere() {
        assertThat(municipalities.findByCode("GM0202")).get().extracting(Municipality::getName).isEqualTo("Arnhem");
        assertThat(municipalities.findByCode("GM1734")).get().extracting(Municipality::getName).isEqualTo("Overbetuwe");
        assertThat(jdbc.queryForObject("select count(*) from municipality where code in ('GM0202','GM0203',"
                + "'GM0221','GM0226','GM0228','GM0267','GM0274','GM0275','GM0277','GM0279','GM0289','GM0293',"
                + "'GM0299','GM1705','GM1734')", Integer.class)).isEqualTo(15);
    }

    @Test
    void subRegionsHangBelowGelderlandMidden() {
        Region east = regions.findByCode("OOST").orElseThrow();
        assertThat(east.getParent()).isNotNull();
        assertThat(east.getParent().getCode()).isEqualTo("GELDERLAND-MIDDEN");
        assertThat(east.getMunicipalities()).extracting(Municipality::getCode)
                .containsExactlyInAnyOrder("GM0221", "GM0275", "GM0277", "GM0226", "GM0293", "GM0299");
    }

    @Test
    void theDatabaseRefusesAMalformedMunicipalityCode() {
        assertThatThrownBy(() -> jdbc.update("insert into municipality (code, name) values ('XX1234', 'Fout')"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theDatabaseRefusesADuplicateRegionCode() {
        assertThatThrownBy(() -> jdbc.update("insert into region (code, name) values ('OOST', 'Nog een oost')"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aRegionKeepsItsMembersAndParent() {
        Region parent = regions.findByCode("GELDERLAND-MIDDEN").orElseThrow();
        Region region = new Region("", "");
        region.change("RIVIERENLAND", "Rivierenland", parent,
                Set.of(municipalities.findByCode("GM1705").orElseThrow()));
        regions.saveAndFlush(region);
        Region reloaded = regions.findByCode("RIVIERENLAND").orElseThrow();
        assertThat(reloaded.getMunicipalities()).extracting(Municipality::getCode).containsExactly("GM1705");
        assertThat(reloaded.isSelfOrDescendantOf(parent)).isTrue();
        assertThat(parent.isSelfOrDescendantOf(reloaded)).isFalse();
    }
}
