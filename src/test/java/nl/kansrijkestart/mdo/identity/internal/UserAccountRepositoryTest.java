package nl.kansrijkestart.mdo.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.identity.Role;
import nl.kansrijkestart.mdo.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Accounts, roles and organisations as stored, on H2 and on PostgreSQL. */
@DatabaseTest
class UserAccountRepositoryTest {

    @Autowired
    private UserAccountRepository users;

    @Autowired
    private OrganisationRepository organisations;

    @Test
    void anAccountKeepsItsRolesDisciplineOrganisationLanguageAndMunicipalityScope() {
        Organisation practice = organisations.save(new Organisation("Praktijk Opslagtest"));
        UserAccount account = new UserAccount("opslag.test", "Olga Opslag", Discipline.MIDWIFE, practice,
                Set.of(Role.PROFESSIONAL, Role.CHAIR), Instant.parse("2026-01-05T10:15:30Z"));
        account.setPasswordHash("{noop}x");
        account.setPreferredLocale(Locale.ENGLISH);
        account.setMunicipalityScope(Set.of("GM0202", "GM0228"));
        users.saveAndFlush(account);

        UserAccount reloaded = users.findByUsername("opslag.test").orElseThrow();
        assertThat(reloaded.getRoles()).containsExactlyInAnyOrder(Role.PROFESSIONAL, Role.CHAIR);
        assertThat(reloaded.getDiscipline()).isEqualTo(Discipline.MIDWIFE);
        assertThat(reloaded.getOrganisation().getName()).isEqualTo("Praktijk Opslagtest");
        assertThat(reloaded.getPreferredLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(reloaded.getMunicipalityScope()).containsExactlyInAnyOrder("GM0202", "GM0228");
        assertThat(reloaded.getCreatedAt()).isEqualTo(Instant.parse("2026-01-05T10:15:30Z"));
    }

    @Test
    void aUserNameCanBeStoredOnlyOnce() {
        Organisation practice = organisations.save(new Organisation("Praktijk Dubbel"));
        users.saveAndFlush(new UserAccount("dubbel", "Een", Discipline.GP, practice, Set.of(Role.PROFESSIONAL),
                Instant.now()));
        assertThatThrownBy(() -> users.saveAndFlush(new UserAccount("dubbel", "Twee", Discipline.GP, practice,
                Set.of(Role.PROFESSIONAL), Instant.now())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void searchIsCaseInsensitiveOnUserNameAndDisplayNameAndPaged() {
        Organisation team = organisations.save(new Organisation("Team Zoektest"));
        for (int i = 0; i < 3; i++) {
            users.save(new UserAccount("zoek" + i, "Zoekbare Persoon " + i, Discipline.SOCIAL_TEAM, team,
                    Set.of(Role.PROFESSIONAL), Instant.now()));
        }
        users.flush();
        assertThat(users.countSearch("zoekbare")).isEqualTo(3);
        assertThat(users.search("zoek", PageRequest.of(1, 2, Sort.by("username"))))
                .extracting(UserAccount::getUsername).containsExactly("zoek2");
    }

    @Test
    void organisationSummariesCountTheirUsers() {
        Organisation team = organisations.save(new Organisation("Team Telling"));
        users.saveAndFlush(new UserAccount("telling", "Tel Ling", Discipline.JGZ, team, Set.of(Role.PROFESSIONAL),
                Instant.now()));
        assertThat(organisations.summaries()).filteredOn(summary -> summary.name().equals("Team Telling"))
                .singleElement()
                .satisfies(summary -> assertThat(summary.userCount()).isEqualTo(1));
    }

    @Test
    void everySaveRaisesTheVersionUsedForOptimisticLocking() {
        Organisation team = organisations.saveAndFlush(new Organisation("Team Versie"));
        long before = team.getVersion();
        team.rename("Team Versie 2");
        assertThat(organisations.saveAndFlush(team).getVersion()).isGreaterThan(before);
    }
}
