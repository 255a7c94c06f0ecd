package nl.kansrijkestart.mdo.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
class ReferenceDataServiceTest {

    @Autowired
    private MunicipalityService municipalities;

    @Autowired
    private RegionService regions;

    @Autowired
    private SignedIn signedIn;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Clock clock;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @ParameterizedTest(name = "{0} reads but does not change reference data")
    @ValueSource(strings = {"verloskundige", "voorzitter", "coordinator"})
    void everyoneSignedInReadsReferenceDataButOnlyAnAdministratorChangesIt(String username) {
        signedIn.as(username);
        assertThat(municipalities.municipalities()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(regions.regions()).isNotEmpty();
        assertThatThrownBy(() -> municipalities.create("GM0999", "Nergenshuizen"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> regions.create(new RegionDraft("NOORD", "Noord", null, Set.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void withoutSignInReferenceDataIsClosed() {
        assertThatThrownBy(() -> municipalities.municipalities())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void theCoalitionOfGelderlandMiddenIsShippedWithItsSubRegions() {
        signedIn.as("coordinator");
        RegionSummary whole = region("GELDERLAND-MIDDEN");
        assertThat(whole.allMunicipalityCodes()).hasSize(15).contains("GM0202", "GM1734", "GM0277");
        RegionSummary east = region("OOST");
        assertThat(east.parentName()).isEqualTo("Gelderland-Midden");
        assertThat(east.allMunicipalityCodes())
                .containsExactlyInAnyOrder("GM0221", "GM0275", "GM0277", "GM0226", "GM0293", "GM0299");
        assertThat(region("GELDERSE-VALLEI").allMunicipalityCodes())
                .containsExactlyInAnyOrder("GM0203", "GM0228", "GM0267", "GM0279", "GM0289");
    }

    @Test
    void aMunicipalityCodeMustBeGmWithFourDigitsAndUnique() {
        signedIn.as("admin");
        assertThatThrownBy(() -> municipalities.create("XX12", "Fout"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInputException.FieldProblem::messageKey)
                        .containsExactly("municipality.code.invalid"));
        assertThatThrownBy(() -> municipalities.create("GM0202", "Arnhem bis"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInputException.FieldProblem::messageKey)
                        .containsExactly("municipality.code.taken"));
        assertThat(municipalities.create(" gm0998 ", "Nieuwstad").code()).isEqualTo("GM0998");
    }

    @Test
    void aNewSubRegionCountsTowardsItsParent() {
        signedIn.as("admin");
        MunicipalitySummary added = municipalities.create("GM0997", "Testdorp");
        RegionSummary whole = region("GELDERLAND-MIDDEN");
        RegionSummary created = regions.create(new RegionDraft("testkern", "Testkern", whole.id(), Set.of(added.id())));
        assertThat(created.code()).isEqualTo("TESTKERN");
        assertThat(region("GELDERLAND-MIDDEN").allMunicipalityCodes()).contains("GM0997").hasSize(16);
        regions.delete(created.id());
        assertThat(region("GELDERLAND-MIDDEN").allMunicipalityCodes()).doesNotContain("GM0997");
    }

    @Test
    void aRegionCannotBecomePartOfItsOwnSubRegion() {
        signedIn.as("admin");
        RegionSummary whole = region("GELDERLAND-MIDDEN");
        RegionSummary east = region("OOST");
        assertThatThrownBy(() -> regions.update(whole.id(), whole.version(),
                new RegionDraft(whole.code(), whole.name(), east.id(), Set.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInputException.FieldProblem::messageKey)
                        .containsExactly("region.parent.cycle"));
    }

    @Test
    void aRegionWithSubRegionsCannotBeDeleted() {
        signedIn.as("admin");
        assertThatThrownBy(() -> regions.delete(region("GELDERLAND-MIDDEN").id()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aMunicipalityTakenOutOfARegionStaysAMemberOfTheDaysBeforeAndComesBackWithANewPeriod() {
        signedIn.as("admin");
        LocalDate today = LocalDate.now(clock);
        MunicipalitySummary member = municipalities.create("GM0981", "Periodedorp");
        RegionSummary created = regions.create(new RegionDraft("LEDENPERIODE", "Ledenperiode", null,
                Set.of(member.id())));
        try {
            assertThat(created.memberships()).containsExactly(new RegionMembershipSummary(member, today, null));
            assertThat(region("LEDENPERIODE", today.minusDays(1)).allMunicipalityCodes()).isEmpty();
            jdbc.update("UPDATE region_municipality SET valid_from = ? WHERE region_id = ?", today.minusDays(30),
                    created.id());

            RegionSummary emptied = regions.update(created.id(), created.version(),
                    new RegionDraft("LEDENPERIODE", "Ledenperiode", null, Set.of()));

            assertThat(emptied.directMunicipalities()).isEmpty();
            assertThat(emptied.memberships())
                    .containsExactly(new RegionMembershipSummary(member, today.minusDays(30), today));
            assertThat(region("LEDENPERIODE", today.minusDays(1)).allMunicipalityCodes()).containsExactly("GM0981");
            assertThat(region("LEDENPERIODE", today.minusDays(31)).allMunicipalityCodes()).isEmpty();

            jdbc.update("UPDATE region_municipality SET valid_from = ?, valid_until = ? WHERE region_id = ?",
                    today.minusDays(30), today.minusDays(10), created.id());
            RegionSummary back = regions.update(created.id(), emptied.version(),
                    new RegionDraft("LEDENPERIODE", "Ledenperiode", null, Set.of(member.id())));

            assertThat(back.memberships()).containsExactly(
                    new RegionMembershipSummary(member, today.minusDays(30), today.minusDays(10)),
                    new RegionMembershipSummary(member, today, null));
            assertThat(region("LEDENPERIODE", today.minusDays(5)).allMunicipalityCodes()).isEmpty();
            assertThat(region("LEDENPERIODE", today).allMunicipalityCodes()).containsExactly("GM0981");
        } finally {
            regions.delete(created.id());
        }
    }

    private RegionSummary region(String code, LocalDate day) {
        return regions.regionsOn(day).stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private RegionSummary region(String code) {
        return regions.regions().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }
}
