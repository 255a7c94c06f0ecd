package nl.kansrijkestart.mdo.reference.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
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

    @Autowired
    private EntityManager entities;

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
        assertThat(east.membersOn(LocalDate.now())).extracting(Municipality::getCode)
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
        region.change("RIVIERENLAND", "Rivierenland", parent);
        region.changeMembers(Set.of(municipalities.findByCode("GM1705").orElseThrow()), LocalDate.of(2026, 3, 1));
        regions.saveAndFlush(region);
        Region reloaded = regions.findByCode("RIVIERENLAND").orElseThrow();
        assertThat(reloaded.membersOn(LocalDate.of(2026, 3, 1))).extracting(Municipality::getCode)
                .containsExactly("GM1705");
        assertThat(reloaded.membersOn(LocalDate.of(2026, 2, 28))).isEmpty();
        assertThat(reloaded.isSelfOrDescendantOf(parent)).isTrue();
        assertThat(parent.isSelfOrDescendantOf(reloaded)).isFalse();
    }

    @Test
    void theMembersRecordedBeforePeriodsExistedCountFromTheEarliestIndicatorDayOnAndStillAre() {
        assertThat(jdbc.queryForList("""
                select distinct rm.valid_from from region_municipality rm join region r on r.id = rm.region_id
                where r.code in ('GELDERLAND-MIDDEN', 'OOST', 'GELDERSE-VALLEI')""", LocalDate.class))
                .containsExactly(LocalDate.of(1900, 1, 1));
        assertThat(jdbc.queryForObject("""
                select count(*) from region_municipality rm join region r on r.id = rm.region_id
                where r.code in ('GELDERLAND-MIDDEN', 'OOST', 'GELDERSE-VALLEI') and rm.valid_until is not null""",
                Integer.class)).isZero();
        assertThat(regions.findByCode("OOST").orElseThrow().membersOn(LocalDate.of(1950, 6, 1))).hasSize(6);
    }

    @Test
    void aMembershipPeriodThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> jdbc.update("""
                insert into region_municipality (region_id, municipality_id, valid_from, valid_until)
                select r.id, m.id, DATE '2026-05-01', DATE '2026-04-01' from region r, municipality m
                where r.code = 'OOST' and m.code = 'GM0202'"""))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aMemberThatLeavesKeepsItsPeriodUntilTheDayItLeft() {
        Region region = new Region("", "");
        region.change("PERIODEN-TEST", "Periodentest", null);
        Municipality renkum = municipalities.findByCode("GM0274").orElseThrow();
        Municipality rheden = municipalities.findByCode("GM0275").orElseThrow();
        region.changeMembers(Set.of(renkum, rheden), LocalDate.of(2025, 1, 1));
        regions.saveAndFlush(region);
        region.changeMembers(Set.of(rheden), LocalDate.of(2025, 7, 1));
        regions.saveAndFlush(region);
        region.changeMembers(Set.of(), LocalDate.of(2025, 7, 1));
        region.changeMembers(Set.of(rheden), LocalDate.of(2025, 7, 1));
        regions.saveAndFlush(region);
        entities.clear();

        Region reloaded = regions.findByCode("PERIODEN-TEST").orElseThrow();
        assertThat(reloaded.membersOn(LocalDate.of(2025, 6, 30))).containsExactlyInAnyOrder(renkum, rheden);
        assertThat(reloaded.membersOn(LocalDate.of(2025, 7, 1))).containsExactly(rheden);
        assertThat(reloaded.getMemberships()).extracting(RegionMembership::getValidUntil)
                .containsExactlyInAnyOrder(LocalDate.of(2025, 7, 1), null);
    }
}
