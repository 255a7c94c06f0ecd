package nl.kansrijkestart.mdo.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;
import nl.kansrijkestart.mdo.cases.CareTeamService;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseDraft;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.cases.ConsentDraft;
import nl.kansrijkestart.mdo.cases.ConsentForm;
import nl.kansrijkestart.mdo.cases.ConsentGiver;
import nl.kansrijkestart.mdo.cases.ConsentService;
import nl.kansrijkestart.mdo.cases.Factor;
import nl.kansrijkestart.mdo.cases.LegalBasis;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.shared.DemoDataLoader;
import nl.kansrijkestart.mdo.shared.DemoSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo cases for the embedded setup, registered through the real services as the demo
 * professionals, so they pass the same rules and appear in the access log. Runs once, on an empty
 * case table, after the demo accounts exist.
 */
@Component
@Order(20)
class DemoCases implements DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    private final CaseFileRepository repository;
    private final CaseService cases;
    private final ConsentService consents;
    private final CareTeamService careTeam;
    private final CurrentUserService users;
    private final DemoSession session;
    private final Clock clock;

    DemoCases(CaseFileRepository repository, CaseService cases, ConsentService consents, CareTeamService careTeam,
            CurrentUserService users, DemoSession session, Clock clock) {
        this.repository = repository;
        this.cases = cases;
        this.consents = consents;
        this.careTeam = careTeam;
        this.users = users;
        this.session = session;
        this.clock = clock;
    }

    @Override
    public void load() {
        if (repository.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        midwifeCases(today);
        socialDomainCases(today);
        popCase(today);
        anonymousCases();
        log.info("Created {} demo cases; see README.md", repository.count());
    }

    private void midwifeCases(LocalDate today) {
        CaseDetails urgent = as("verloskundige", () -> cases.register(
                named(CaseType.PREGNANCY, "A.K.", 1999, today.plusMonths(5), "GM0202", "6825",
                        "Zwangere met signalen van huiselijk geweld; partner controlerend. Welke veilige route past?",
                        Factor.DOMESTIC_VIOLENCE, Factor.FINANCIAL_PROBLEMS, Factor.MOTIVATION),
                consent(today.minusDays(3), Discipline.MIDWIFE, Discipline.JGZ, Discipline.SOCIAL_TEAM, Discipline.GP)));
        CaseDetails withTeam = as("verloskundige",
                () -> careTeam.addMember(urgent.caseNumber(), urgent.version(), idOf("wijkteam")));
        CaseDetails withJgz = as("verloskundige",
                () -> careTeam.addMember(urgent.caseNumber(), withTeam.version(), idOf("jgz")));
        as("verloskundige", () -> careTeam.setCaseDirector(urgent.caseNumber(), withJgz.version(), idOf("wijkteam")));

        CaseDetails withdrawn = as("verloskundige", () -> cases.register(
                named(CaseType.PREGNANCY, "S.B.", 2001, today.plusMonths(7), "GM0228", null,
                        "Eerste zwangerschap, veel stress over werk en geld.",
                        Factor.FINANCIAL_PROBLEMS, Factor.PSYCHOSOCIAL_PROBLEMS, Factor.SUPPORTIVE_NETWORK),
                consent(today.minusDays(20), Discipline.MIDWIFE, Discipline.SOCIAL_TEAM)));
        as("verloskundige", () -> consents.withdraw(withdrawn.caseNumber(), withdrawn.version(),
                withdrawn.consents().getFirst().id(), today.minusDays(2)));

        as("verloskundige", () -> cases.register(
                named(CaseType.PREGNANCY, "F.O.", 1994, today.plusMonths(2), "GM1734", "6661",
                        "Zorg mijdend gedrag; afspraken worden vaak gemist.", Factor.AVOIDING_CARE),
                new ConsentDraft(LegalBasis.CONSENT, today.minusDays(60), ConsentForm.VERBAL, ConsentGiver.CLIENT,
                        true, false, false, Set.of(Discipline.MIDWIFE, Discipline.JGZ), today.minusDays(10), null)));
    }

    private void socialDomainCases(LocalDate today) {
        CaseDetails family = as("wijkteam", () -> cases.register(
                new CaseDraft(CaseType.FAMILY, false, "M.D.", 1992, null, today.minusMonths(8), "GM0275", "6991",
                        "Gezin met baby van 8 maanden; dreigende huisuitzetting.",
                        Set.of(Factor.FINANCIAL_PROBLEMS, Factor.INSUFFICIENT_PARENTING_SKILLS,
                                Factor.WILLING_TO_ACCEPT_HELP)),
                consent(today.minusDays(5), Discipline.SOCIAL_TEAM, Discipline.JGZ, Discipline.MIDWIFE)));
        as("wijkteam", () -> careTeam.addMember(family.caseNumber(), family.version(), idOf("jgz")));

        as("jgz", () -> cases.register(
                new CaseDraft(CaseType.FAMILY, false, "R.E.", 1997, null, today.minusMonths(14), "GM0289", null,
                        "Moeder met licht verstandelijke beperking; hoe houden we het netwerk sterk?",
                        Set.of(Factor.MILD_INTELLECTUAL_DISABILITY, Factor.SUPPORTIVE_NETWORK)),
                consent(today.minusDays(12), Discipline.JGZ, Discipline.GP, Discipline.SOCIAL_TEAM)));

        as("gynaecoloog", () -> cases.register(
                named(CaseType.PREGNANCY, "T.W.", 1989, today.plusMonths(3), "GM0203", null,
                        "Ernstige verslavingsproblematiek; cliënt weigert toestemming, acuut risico voor het kind.",
                        Factor.ADDICTION, Factor.AVOIDING_CARE),
                new ConsentDraft(LegalBasis.CONFLICT_OF_DUTIES, today.minusDays(1), null, null, true, false, true,
                        Set.of(Discipline.OBSTETRICIAN, Discipline.SOCIAL_TEAM, Discipline.PAEDIATRICS), null,
                        "Acuut gevaar voor het ongeboren kind door middelengebruik; afstemming met wijkteam en "
                                + "kinderarts is noodzakelijk om schade te voorkomen.")));
    }

    private void popCase(LocalDate today) {
        CaseDetails pop = as("psychiater", () -> cases.register(
                named(CaseType.PREGNANCY, "L.V.", 1996, today.plusMonths(4), "GM0202", null,
                        "Bipolaire stoornis, medicatie in de zwangerschap; plan voor kraamperiode nodig.",
                        Factor.ACUTE_PSYCHIATRIC_PROBLEMS, Factor.MEDICAL_PROBLEMS, Factor.MOTIVATION),
                consent(today.minusDays(4), Discipline.PSYCHIATRY, Discipline.OBSTETRICIAN, Discipline.PAEDIATRICS)));
        CaseDetails withObstetrician = as("psychiater",
                () -> careTeam.addMember(pop.caseNumber(), pop.version(), idOf("gynaecoloog")));
        as("psychiater", () -> careTeam.addMember(pop.caseNumber(), withObstetrician.version(), idOf("kinderarts")));
    }

    private void anonymousCases() {
        as("wijkteam", () -> cases.register(new CaseDraft(CaseType.PREGNANCY, true, null, null, null, null, "GM0299",
                null, "Hoe bereiken we een zwangere die geen hulp wil en zorg mijdt?", Set.of(Factor.AVOIDING_CARE)),
                null));
        as("huisarts", () -> cases.register(new CaseDraft(CaseType.FAMILY, true, null, null, null, null, "GM0226",
                null, "Gezin zonder vaste woonplek; wie kan regie nemen?", Set.of(Factor.HOMELESSNESS)), null));
    }

    private static CaseDraft named(CaseType type, String initials, int birthYear, LocalDate due, String municipality,
            String postcode, String question, Factor... factors) {
        return new CaseDraft(type, false, initials, birthYear, due, null, municipality, postcode, question,
                Set.of(factors));
    }

    private static ConsentDraft consent(LocalDate givenOn, Discipline... disciplines) {
        return new ConsentDraft(LegalBasis.CONSENT, givenOn, ConsentForm.WRITTEN, ConsentGiver.CLIENT, true, true,
                true, Set.of(disciplines), null, null);
    }

    private long idOf(String username) {
        return users.enabledProfessionals(username, 5).stream().filter(u -> u.username().equals(username))
                .findFirst().orElseThrow().id();
    }

    private <T> T as(String username, Supplier<T> action) {
        return session.as(username, action);
    }
}
