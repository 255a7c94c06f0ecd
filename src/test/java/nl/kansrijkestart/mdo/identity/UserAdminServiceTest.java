package nl.kansrijkestart.mdo.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Set;
import nl.kansrijkestart.mdo.indicators.IndicatorService;
import nl.kansrijkestart.mdo.reference.MunicipalitySummary;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class UserAdminServiceTest {

    @Autowired
    private UserAdminService users;

    @Autowired
    private OrganisationService organisations;

    @Autowired
    private UserDetailsService userDetails;

    @Autowired
    private SignedIn signedIn;

    @Autowired
    private IndicatorService indicators;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @ParameterizedTest(name = "{0} may not manage accounts")
    @ValueSource(strings = {"verloskundige", "voorzitter", "coordinator", "gemeente"})
    void onlyAnAdministratorManagesAccounts(String username) {
        signedIn.as(username);
        assertThatThrownBy(() -> users.findUsers("", PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        UserDraft draft = new UserDraft("inbreker", "Inbreker", Set.of(Role.ADMIN), Discipline.OTHER, 1L);
        assertThatThrownBy(() -> users.createUser(draft, "een-lang-wachtwoord"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.create("Eigen organisatie")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void withoutSignInNothingIsAllowed() {
        assertThatThrownBy(() -> users.countUsers("")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void anAdministratorCreatesAnAccountWithSeveralRoles() {
        signedIn.as("admin");
        UserSummary created = users.createUser(
                new UserDraft("  Nieuwe.Collega ", "Nieuwe Collega", Set.of(Role.PROFESSIONAL, Role.CHAIR),
                        Discipline.GP, anyOrganisation()),
                "een-lang-wachtwoord");
        assertThat(created.username()).isEqualTo("nieuwe.collega");
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.PROFESSIONAL, Role.CHAIR);
        assertThat(created.enabled()).isTrue();
        assertThat(users.findUsers("nieuwe.collega", PageRequest.of(0, 5))).extracting(UserSummary::id)
                .containsExactly(created.id());
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        signedIn.as("admin");
        assertThatThrownBy(() -> users.createUser(new UserDraft("1x", " ", Set.of(), null, null), "kort"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInputException.FieldProblem::field, InvalidInputException.FieldProblem::messageKey)
                        .containsExactlyInAnyOrder(
                                tuple("displayName", "validation.required"),
                                tuple("discipline", "validation.required"),
                                tuple("organisation", "validation.required"),
                                tuple("roles", "user.roles.required"),
                                tuple("username", "user.username.invalid"),
                                tuple("password", "user.password.too-short")));
    }

    @Test
    void aPersonsAccountNeverGetsTheScreeningPlatformRoleWhileTheServiceAccountKeepsIt() {
        signedIn.as("admin");
        UserDraft person = new UserDraft("screening.persoon", "Screening Persoon",
                Set.of(Role.PROFESSIONAL, Role.SCREENING_PLATFORM), Discipline.MIDWIFE, anyOrganisation());
        assertThatThrownBy(() -> users.createUser(person, "een-lang-wachtwoord"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInputException.FieldProblem::field, InvalidInputException.FieldProblem::messageKey)
                        .containsExactly(tuple("roles", "user.roles.service-account-only")));
        assertThat(users.countUsers("screening.persoon")).isZero();

        UserSummary midwife = users.findUsers("verloskundige", PageRequest.of(0, 10)).stream()
                .filter(user -> user.username().equals("verloskundige")).findFirst().orElseThrow();
        assertThatThrownBy(() -> users.updateUser(midwife.id(), midwife.version(),
                new UserDraft(midwife.username(), midwife.displayName(), Set.of(Role.PROFESSIONAL, Role.SCREENING_PLATFORM),
                        midwife.discipline(), midwife.organisationId())))
                .isInstanceOf(InvalidInputException.class);

        UserSummary platform = users.findUsers("screening-platform", PageRequest.of(0, 10)).getFirst();
        assertThat(platform.serviceAccount()).isTrue();
        UserSummary kept = users.updateUser(platform.id(), platform.version(), new UserDraft(platform.username(),
                platform.displayName(), platform.roles(), platform.discipline(), platform.organisationId()));
        assertThat(kept.roles()).containsExactly(Role.SCREENING_PLATFORM);
    }

    @Test
    void aUserNameWithOtherCharactersIsRefusedEvenWhenPartOfItIsValid() {
        signedIn.as("admin");
        assertThatThrownBy(() -> users.createUser(draft("jan jansen"), "een-lang-wachtwoord"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInputException.FieldProblem::messageKey)
                        .containsExactly("user.username.invalid"));
    }

    @Test
    void aUserNameIsUsedOnlyOnce() {
        signedIn.as("admin");
        assertThatThrownBy(() -> users.createUser(draft("verloskundige"), "een-lang-wachtwoord"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInputException.FieldProblem::messageKey)
                        .containsExactly("user.username.taken"));
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        signedIn.as("admin");
        UserSummary self = users.findUsers("admin", PageRequest.of(0, 5)).getFirst();
        assertThatThrownBy(() -> users.setEnabled(self.id(), self.version(), false))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> users.updateUser(self.id(), self.version(),
                new UserDraft(null, self.displayName(), Set.of(Role.COORDINATOR), self.discipline(),
                        self.organisationId())))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInputException.FieldProblem::messageKey)
                        .containsExactly("user.own-admin-role"));
    }

    @Test
    void aChangeBasedOnAnOutdatedVersionIsRefused() {
        signedIn.as("admin");
        UserSummary created = users.createUser(draft("gelijktijdig"), "een-lang-wachtwoord");
        users.updateUser(created.id(), created.version(),
                new UserDraft(null, "Eerste wijziging", created.roles(), created.discipline(), created.organisationId()));
        assertThatThrownBy(() -> users.updateUser(created.id(), created.version(),
                new UserDraft(null, "Tweede wijziging", created.roles(), created.discipline(),
                        created.organisationId())))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void aResetPasswordMustMeetThePolicyAndReplacesTheOldOne() {
        signedIn.as("admin");
        UserSummary created = users.createUser(draft("vergeetachtig"), "een-lang-wachtwoord");
        assertThatThrownBy(() -> users.resetPassword(created.id(), created.version(), "kort"))
                .isInstanceOf(InvalidInputException.class);
        users.resetPassword(created.id(), created.version(), "nieuw-en-lang-genoeg");
        String hash = userDetails.loadUserByUsername("vergeetachtig").getPassword();
        assertThat(passwordEncoder.matches("nieuw-en-lang-genoeg", hash)).isTrue();
        assertThat(passwordEncoder.matches("een-lang-wachtwoord", hash)).isFalse();
    }

    @Test
    void disablingAnAccountStopsItsSignIn() {
        signedIn.as("admin");
        UserSummary created = users.createUser(draft("vertrokken"), "een-lang-wachtwoord");
        users.setEnabled(created.id(), created.version(), false);
        assertThat(userDetails.loadUserByUsername("vertrokken").isEnabled()).isFalse();
    }

    @Test
    void aCoordinatorsScopeIsKeptAndLimitsTheMunicipalitiesHerCountsComeFrom() {
        signedIn.as("admin");
        long organisation = anyOrganisation();
        UserSummary created = users.createUser(new UserDraft("coordinator.oost", "Carla Oost", Set.of(Role.COORDINATOR),
                Discipline.MUNICIPALITY, organisation, Set.of("GM0275", "GM0221")), "een-lang-wachtwoord");
        assertThat(created.municipalityScope()).containsExactlyInAnyOrder("GM0275", "GM0221");
        assertThat(jdbc.queryForList("SELECT detail FROM audit_entry WHERE username = 'admin' AND action = 'CREATE'"
                + " AND object = 'user' AND detail LIKE 'account coordinator.oost:%'", String.class))
                .singleElement().asString().contains("roles=[COORDINATOR]", "scope=[GM0221, GM0275]");

        signedIn.as("coordinator.oost");
        assertThat(indicators.choosableMunicipalities()).extracting(MunicipalitySummary::code)
                .containsExactlyInAnyOrder("GM0221", "GM0275");

        signedIn.as("admin");
        UserSummary widened = users.updateUser(created.id(), created.version(), new UserDraft(null, "Carla Oost",
                Set.of(Role.COORDINATOR), Discipline.MUNICIPALITY, organisation, Set.of()));
        assertThat(widened.municipalityScope()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'UPDATE' AND object = 'user'"
                + " AND detail LIKE 'account coordinator.oost:%scope=[] %'", Integer.class)).isEqualTo(1);
        signedIn.as("coordinator.oost");
        assertThat(indicators.choosableMunicipalities()).hasSizeGreaterThan(2);
    }

    @Test
    void aScopeIsOnlyForCoordinatorsAndOnlyOfKnownMunicipalities() {
        signedIn.as("admin");
        assertThatThrownBy(() -> users.createUser(new UserDraft("verloskundige.scope", "Vera Scope",
                        Set.of(Role.PROFESSIONAL), Discipline.MIDWIFE, anyOrganisation(), Set.of("GM0202")),
                "een-lang-wachtwoord"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInputException.FieldProblem::messageKey)
                        .containsExactly("user.scope.coordinator-only"));
        assertThatThrownBy(() -> users.createUser(new UserDraft("coordinator.scope", "Cor Scope",
                        Set.of(Role.COORDINATOR), Discipline.MUNICIPALITY, anyOrganisation(), Set.of("GM9999", "GM0202")),
                "een-lang-wachtwoord"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInputException.FieldProblem::messageKey)
                        .containsExactly("user.scope.unknown"));
    }

    private UserDraft draft(String username) {
        return new UserDraft(username, "Test Gebruiker", Set.of(Role.PROFESSIONAL), Discipline.MIDWIFE,
                anyOrganisation());
    }

    private long anyOrganisation() {
        signedIn.as("admin");
        return organisations.organisations().getFirst().id();
    }
}
