package nl.kansrijkestart.mdo.identity.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.identity.Role;
import nl.kansrijkestart.mdo.shared.DemoDataLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * Demo accounts for every role and discipline (password {@value #PASSWORD}), listed in the
 * README. Only when {@code mdo.demo-data.enabled} is true, the default of the embedded setup;
 * accounts that already exist are left as they are, except that a demo account without a work
 * phone gets its invented one (numbers with 000 after the area code, like the demo offer's).
 */
@Component
@Order(10)
class DemoUsers implements DemoDataLoader {

    static final String PASSWORD = "demo";
    static final String INDICATOR_FEED = "indicator-feed";
    static final String SCREENING_PLATFORM = "screening-platform";
    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private static final String REGION = "Regio Gelderland-Midden (demo)";
    private static final String MIDWIVES = "Verloskundigenpraktijk De Wieg (demo)";
    private static final String HOSPITAL = "Ziekenhuis Rijnzicht (demo)";
    private static final String JGZ = "JGZ Gelderland-Midden (demo)";
    private static final String SOCIAL_TEAM = "Sociaal wijkteam Arnhem (demo)";
    private static final String MENTAL_HEALTH = "GGZ Rijn en Vallei (demo)";
    private static final String GP = "Huisartsenpraktijk Presikhaaf (demo)";
    private static final String MATERNITY = "Kraamzorg Het Nest (demo)";
    private static final String MUNICIPALITY = "Gemeente Arnhem (demo)";

    private static final List<Demo> ACCOUNTS = List.of(
            new Demo("admin", "Anna Beheer", Discipline.OTHER, REGION, Role.ADMIN),
            new Demo("coordinator", "Carla Coördinator", Discipline.MUNICIPALITY, REGION, Role.COORDINATOR),
            new Demo("voorzitter", "Vera Voorzitter", Discipline.JGZ, JGZ, Role.CHAIR, Role.PROFESSIONAL),
            new Demo("pop-voorzitter", "Els Hendriks", Discipline.PSYCHIATRY, MENTAL_HEALTH, Role.CHAIR,
                    Role.PROFESSIONAL),
            new Demo("verloskundige", "Marieke de Vries", Discipline.MIDWIFE, MIDWIVES, Role.PROFESSIONAL),
            new Demo("gynaecoloog", "Sanne Bakker", Discipline.OBSTETRICIAN, HOSPITAL, Role.PROFESSIONAL),
            new Demo("kraamzorg", "Fatima El Amrani", Discipline.MATERNITY_CARE, MATERNITY, Role.PROFESSIONAL),
            new Demo("jgz", "Joost Jansen", Discipline.JGZ, JGZ, Role.PROFESSIONAL),
            new Demo("wijkteam", "Sevda Yilmaz", Discipline.SOCIAL_TEAM, SOCIAL_TEAM, Role.PROFESSIONAL),
            new Demo("huisarts", "Pieter van Dijk", Discipline.GP, GP, Role.PROFESSIONAL),
            new Demo("psychiater", "Lotte Visser", Discipline.PSYCHIATRY, MENTAL_HEALTH, Role.PROFESSIONAL),
            new Demo("kinderarts", "Ahmed Benali", Discipline.PAEDIATRICS, HOSPITAL, Role.PROFESSIONAL),
            new Demo("mmw", "Ingrid Smit", Discipline.MEDICAL_SOCIAL_WORK, HOSPITAL, Role.PROFESSIONAL),
            new Demo("gemeente", "Rob Mulder", Discipline.MUNICIPALITY, MUNICIPALITY, Role.PROFESSIONAL),
            new Demo("overig", "Kim de Boer", Discipline.OTHER, SOCIAL_TEAM, Role.PROFESSIONAL));

    /** Invented work phones of the people who can be a contact person (and the chairs). */
    static final Map<String, String> PHONES = Map.ofEntries(
            Map.entry("voorzitter", "088 000 4101"),
            Map.entry("pop-voorzitter", "026 000 4102"),
            Map.entry("verloskundige", "026 000 4103"),
            Map.entry("gynaecoloog", "026 000 4104"),
            Map.entry("kraamzorg", "026 000 4105"),
            Map.entry("jgz", "088 000 4106"),
            Map.entry("wijkteam", "026 000 4107"),
            Map.entry("huisarts", "026 000 4108"),
            Map.entry("psychiater", "026 000 4109"),
            Map.entry("kinderarts", "026 000 4110"),
            Map.entry("mmw", "026 000 4111"),
            Map.entry("gemeente", "026 000 4112"),
            Map.entry("overig", "026 000 4113"));

    private final UserAccountRepository users;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoUsers(UserAccountRepository users, OrganisationRepository organisations, PasswordEncoder passwordEncoder,
            Clock clock) {
        this.users = users;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void load() {
        // Hashed only when an account is missing: a restart on existing data spends no BCrypt round on it.
        Supplier<String> hash = SingletonSupplier.of(() -> passwordEncoder.encode(PASSWORD));
        int created = 0;
        for (Demo demo : ACCOUNTS) {
            if (!users.existsByUsername(demo.username())) {
                users.save(demo.account(organisation(demo.organisation()), hash.get(), clock));
                created++;
            }
        }
        PHONES.forEach((username, phone) -> users.findByUsername(username)
                .filter(account -> account.getWorkPhone() == null)
                .ifPresent(account -> account.setWorkPhone(phone)));
        created += extra("geblokkeerd", "Gert Geblokkeerd", Discipline.MIDWIFE, hash, UserAccount::lock);
        created += extra("uitgeschakeld", "Ulla Uitgeschakeld", Discipline.SOCIAL_TEAM, hash,
                account -> account.setEnabled(false));
        created += indicatorFeed(hash);
        created += screeningPlatform(hash);
        if (created > 0) {
            log.info("Created {} demo accounts (password '{}'); see README.md", created, PASSWORD);
        }
    }

    /** Accounts that show how the sign-in refuses a locked and a disabled account. */
    private int extra(String username, String name, Discipline discipline, Supplier<String> hash,
            java.util.function.Consumer<UserAccount> state) {
        if (users.existsByUsername(username)) {
            return 0;
        }
        UserAccount account = new Demo(username, name, discipline, SOCIAL_TEAM, Role.PROFESSIONAL)
                .account(organisation(SOCIAL_TEAM), hash.get(), clock);
        state.accept(account);
        users.save(account);
        return 1;
    }

    /** The monitoring partner's system: reads the indicator feed with HTTP Basic, never signs in. */
    private int indicatorFeed(Supplier<String> hash) {
        if (users.existsByUsername(INDICATOR_FEED)) {
            return 0;
        }
        UserAccount account = new Demo(INDICATOR_FEED, "Indicatorfeed monitoringpartner (serviceaccount)",
                Discipline.OTHER, REGION, Role.COORDINATOR).account(organisation(REGION), hash.get(), clock);
        account.markServiceAccount();
        users.save(account);
        return 1;
    }

    /** A screening platform's integration: pushes instrument results on behalf of care-team members. */
    private int screeningPlatform(Supplier<String> hash) {
        if (users.existsByUsername(SCREENING_PLATFORM)) {
            return 0;
        }
        UserAccount account = new Demo(SCREENING_PLATFORM, "Screeningplatform verloskunde (serviceaccount)",
                Discipline.OTHER, MIDWIVES, Role.SCREENING_PLATFORM).account(organisation(MIDWIVES), hash.get(), clock);
        account.markServiceAccount();
        users.save(account);
        return 1;
    }

    private Organisation organisation(String name) {
        return organisations.findByNameIgnoreCase(name).orElseGet(() -> organisations.save(new Organisation(name)));
    }

    private record Demo(String username, String name, Discipline discipline, String organisation, Role... roles) {

        UserAccount account(Organisation organisation, String hash, Clock clock) {
            EnumSet<Role> set = EnumSet.noneOf(Role.class);
            set.addAll(List.of(roles));
            UserAccount account = new UserAccount(username, name, discipline, organisation, set, clock.instant());
            account.setPasswordHash(hash);
            return account;
        }
    }
}
