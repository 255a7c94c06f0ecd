package nl.kansrijkestart.mdo.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.Factor;
import nl.kansrijkestart.mdo.reference.MunicipalityService;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
class LocalOfferServiceTest {

    @Autowired
    private LocalOfferService offers;

    @Autowired
    private MunicipalityService municipalities;

    @Autowired
    private SignedIn signedIn;

    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void everyoneSignedInReadsTheOfferOfAMunicipalityOnADay() {
        signedIn.as("coordinator");
        List<OfferSummary> zevenaarIn2024 = offers.availableIn("GM0299", LocalDate.of(2024, 5, 1));
        List<OfferSummary> zevenaarIn2026 = offers.availableIn("GM0299", LocalDate.of(2026, 5, 1));

        assertThat(zevenaarIn2024).extracting(OfferSummary::code).contains("CENTERING-ARNHEM", "SOCIAAL-TEAM-GM0299")
                .doesNotContain("SOCIAAL-TEAM-GM0202", "CENTERING-VALLEI");
        assertThat(zevenaarIn2026).extracting(OfferSummary::code).doesNotContain("CENTERING-ARNHEM");
        assertThat(offers.availableIn("GM0299", LocalDate.of(2023, 12, 31))).isEmpty();
    }

    @Test
    void servicesAddressingMoreOfTheCaseRiskFactorsAreSuggestedFirst() {
        signedIn.as("jgz");
        List<OfferSummary> suggested = offers.suggestedFor("GM0202", LocalDate.of(2026, 3, 1),
                Set.of(Factor.FINANCIAL_PROBLEMS, Factor.HOMELESSNESS));

        assertThat(suggested.getFirst().code()).isEqualTo("SOCIAAL-TEAM-GM0202");
        assertThat(suggested.get(1).code()).isEqualTo("SCHULDHULP-GM0202");
        assertThat(suggested).extracting(OfferSummary::code).contains("VEILIG-THUIS");
    }

    @Test
    void theAdministratorAddsAndChangesAServiceAndEachChangeIsLogged() {
        signedIn.as("admin");
        municipalities.create("GM0871", "Kaartdorp");
        OfferSummary created = offers.create(draft("KAART-GROEP", "Mamacafé Kaartdorp",
                List.of(new OfferAvailability("GM0871", LocalDate.of(2026, 1, 1), null))));
        OfferSummary changed = offers.update(created.id(), created.version(), draft("KAART-GROEP",
                "Mamacafé Kaartdorp", List.of(new OfferAvailability("GM0871", LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31)))));

        assertThat(changed.demo()).isFalse();
        assertThat(changed.availability()).singleElement().extracting(OfferAvailability::until)
                .isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(jdbc.queryForList("SELECT action || ' ' || detail FROM audit_entry WHERE object ="
                + " 'offer-service' AND detail LIKE 'offer KAART-GROEP%' ORDER BY id", String.class))
                .containsExactly(
                        "CREATE offer KAART-GROEP: name=Mamacafé Kaartdorp kind=PARENT_GROUP provider=CJG Kaartdorp"
                                + " phase=BOTH localTeam=true factors=[PSYCHOSOCIAL_PROBLEMS]"
                                + " availability=[GM0871 2026-01-01..]",
                        "UPDATE offer KAART-GROEP: name=Mamacafé Kaartdorp kind=PARENT_GROUP provider=CJG Kaartdorp"
                                + " phase=BOTH localTeam=true factors=[PSYCHOSOCIAL_PROBLEMS]"
                                + " availability=[GM0871 2026-01-01..2026-12-31]");
        assertThatThrownBy(() -> offers.update(created.id(), created.version(), draft("KAART-GROEP", "Oud",
                List.of()))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void overlappingPeriodsAnUnknownMunicipalityAndProtectiveFactorsAreRefusedAtTheirFields() {
        signedIn.as("admin");
        OfferDraft overlapping = draft("KAART-OVERLAP", "Overlap", List.of(
                new OfferAvailability("GM0202", LocalDate.of(2026, 1, 1), null),
                new OfferAvailability("GM0202", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1))));
        OfferDraft unknown = draft("KAART-ONBEKEND", "Onbekend",
                List.of(new OfferAvailability("GM9998", LocalDate.of(2026, 1, 1), null)));
        OfferDraft protective = new OfferDraft("KAART-BESCHERMEND", "Beschermend", OfferKind.OTHER, "P",
                OfferPhase.BOTH, false, "Uitleg", "026 1234567", "ftp://x", null, Set.of(Factor.MOTIVATION), List.of());

        assertThatThrownBy(() -> offers.create(overlapping)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.problems().getFirst().messageKey()).isEqualTo("offer.availability.overlap"));
        assertThatThrownBy(() -> offers.create(unknown)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.problems().getFirst().messageKey()).isEqualTo("municipality.unknown"));
        assertThatThrownBy(() -> offers.create(protective)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.problems()).extracting(p -> p.field() + ":" + p.messageKey())
                        .containsExactlyInAnyOrder("website:offer.website.invalid", "factors:offer.factors.risk-only"));
    }

    @Test
    void onlyTheAdministratorChangesTheOffer() {
        for (String user : List.of("coordinator", "voorzitter", "jgz")) {
            signedIn.as(user);
            assertThatThrownBy(() -> offers.create(draft("KAART-" + user.toUpperCase(), "X", List.of())))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
        signedIn.nobody();
        assertThatThrownBy(() -> offers.offers()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private static OfferDraft draft(String code, String name, List<OfferAvailability> availability) {
        return new OfferDraft(code, name, OfferKind.PARENT_GROUP, "CJG Kaartdorp", OfferPhase.BOTH, true,
                "Samen met andere ouders praten.", "0318 123456", "https://kaartdorp.voorbeeld.nl", "Dorpsstraat 1",
                Set.of(Factor.PSYCHOSOCIAL_PROBLEMS), availability);
    }
}
