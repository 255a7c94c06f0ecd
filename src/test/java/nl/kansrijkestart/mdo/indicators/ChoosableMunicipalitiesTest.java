package nl.kansrijkestart.mdo.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.identity.OrganisationService;
import nl.kansrijkestart.mdo.identity.Role;
import nl.kansrijkestart.mdo.identity.UserAdminService;
import nl.kansrijkestart.mdo.identity.UserDraft;
import nl.kansrijkestart.mdo.identity.UserSummary;
import nl.kansrijkestart.mdo.reference.MunicipalitySummary;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Which municipalities a coordinator can choose on the indicator screen. */
@IntegrationTest
class ChoosableMunicipalitiesTest {

    @Autowired
    private IndicatorService indicators;

    @Autowired
    private UserAdminService admin;

    @Autowired
    private OrganisationService organisations;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void aCoordinatorWithAScopeChoosesOnlyHerMunicipalitiesOneWithoutChoosesAll() {
        signedIn.as("admin");
        long organisation = organisations.organisations().getFirst().id();
        UserSummary scoped = admin.createUser(new UserDraft("coordinator-oost", "Olga Oost", Set.of(Role.COORDINATOR),
                Discipline.MUNICIPALITY, organisation), "oost-coordinator-2026");
        jdbc.update("INSERT INTO user_municipality_scope (user_id, municipality_code) VALUES (?, 'GM0221'), (?, 'GM0275')",
                scoped.id(), scoped.id());

        signedIn.as("coordinator-oost");
        assertThat(indicators.choosableMunicipalities()).extracting(MunicipalitySummary::code)
                .containsExactlyInAnyOrder("GM0221", "GM0275");
        signedIn.as("coordinator");
        assertThat(indicators.choosableMunicipalities()).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void professionalsCannotListThem() {
        signedIn.as("verloskundige");
        assertThatThrownBy(indicators::choosableMunicipalities).isInstanceOf(AccessDeniedException.class);
    }
}
