package nl.kansrijkestart.mdo.meetings;

import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.keys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.CaseNotAccessibleException;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.cases.Factor;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.offer.LocalOfferService;
import nl.kansrijkestart.mdo.offer.OfferAvailability;
import nl.kansrijkestart.mdo.offer.OfferDraft;
import nl.kansrijkestart.mdo.offer.OfferKind;
import nl.kansrijkestart.mdo.offer.OfferPhase;
import nl.kansrijkestart.mdo.offer.OfferSummary;
import nl.kansrijkestart.mdo.shared.ConcurrentChangeException;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Referrals to the local offer: made by the chair in a running meeting or by the care team, only to
 * what is offered in the case's municipality on that day, moved on in order, read within the consent
 * scope, followed by the contact person, and counted anonymously when the support starts.
 */
@IntegrationTest
@RecordApplicationEvents
class ReferralServiceTest {

    /** Today as the test began: the day the server stamps on what it records in the test. */
    private final LocalDate today = MeetingFixtures.today();

    @Autowired
    private ReferralService referrals;

    @Autowired
    private LocalOfferService offers;

    @Autowired
    private CaseService cases;

    @Autowired
    private CurrentUserService users;

    @Autowired
    private MeetingScenarios scenarios;

    @Autowired
    private SignedIn signedIn;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ApplicationEvents events;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void theChairChoosesFromTheOfferOfTheCaseMunicipalityWithServicesForItsRiskFactorsFirst() {
        MeetingScenarios.Running running = scenarios.running("R.A.");
        ReferralOptions options = referrals.options(running.caseNumber(), running.item().id());

        assertThat(options.day()).isEqualTo(today);
        assertThat(options.offers()).extracting(OfferSummary::code).contains("STEVIG-OUDERSCHAP", "SOCIAAL-TEAM-GM0202")
                .doesNotContain("SOCIAAL-TEAM-GM0228");
        assertThat(options.offers().subList(0, options.suggested())).extracting(OfferSummary::code)
                .containsExactlyInAnyOrder("SOCIAAL-TEAM-GM0202", "SCHULDHULP-GM0202");
        assertThat(options.referrers()).extracting(m -> m.name()).contains("Marieke de Vries", "Vera Voorzitter");

        Referral referral = referrals.create(running.caseNumber(), running.item().id(), offer("STEVIG-OUDERSCHAP"),
                idOf(users, "verloskundige"));
        assertThat(referral.status()).isEqualTo(ReferralStatus.ADVISED);
        assertThat(referral.advisedOn()).isEqualTo(today);
        assertThat(referral.referrerName()).isEqualTo("Marieke de Vries");
        assertThat(referral.agendaItemId()).isEqualTo(running.item().id());
    }

    @Test
    void aServiceNotOfferedInTheCaseMunicipalityOnThatDayIsRefused() {
        MeetingScenarios.Running running = scenarios.running("R.B.");
        signedIn.as("admin");
        long ended = offers.create(new OfferDraft("REF-VOORBIJ", "Voorbij aanbod", OfferKind.OTHER, "P",
                OfferPhase.BOTH, false, "Uitleg", null, null, null, Set.of(),
                List.of(new OfferAvailability("GM0202", today.minusYears(1), today.minusDays(1))))).id();
        signedIn.as("voorzitter");
        long me = idOf(users, "voorzitter");

        for (long offerId : List.of(offer("SOCIAAL-TEAM-GM0228"), ended)) {
            assertThatThrownBy(() -> referrals.create(running.caseNumber(), running.item().id(), offerId, me))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            refused -> assertThat(keys(refused)).containsExactly("referral.offer-not-available"));
        }
    }

    @Test
    void aReferralMovesOnlyForwardStepByStepAndDeclineNeedsAReason() {
        Referral referral = advisedByTheCareTeam("R.C.");
        signedIn.as("verloskundige");

        assertThatThrownBy(() -> referrals.move(referral.id(), referral.version(), ReferralStatus.STARTED, today, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("referral.status.not-allowed"));
        assertThatThrownBy(() -> referrals.move(referral.id(), referral.version(), ReferralStatus.DECLINED, today, " "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("validation.required"));
        assertThatThrownBy(() -> referrals.move(referral.id(), referral.version(), ReferralStatus.REFERRED,
                today.plusDays(1), null)).isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("referral.date.future"));

        Referral referred = referrals.move(referral.id(), referral.version(), ReferralStatus.REFERRED, today, null);
        assertThatThrownBy(() -> referrals.move(referral.id(), referral.version(), ReferralStatus.STARTED, today, null))
                .isInstanceOf(ConcurrentChangeException.class);
        Referral started = referrals.move(referred.id(), referred.version(), ReferralStatus.STARTED, today, null);
        Referral ended = referrals.move(started.id(), started.version(), ReferralStatus.ENDED, today, null);

        assertThat(ended.status()).isEqualTo(ReferralStatus.ENDED);
        assertThat(ended.startedOn()).isEqualTo(today);
        assertThatThrownBy(() -> referrals.move(ended.id(), ended.version(), ReferralStatus.DECLINED, today, "Toch niet"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void outsideTheConsentScopeTheOutcomeShowsNoReferralsAndStrangersAreRefused() {
        MeetingScenarios.Running running = scenarios.running("R.D.", "huisarts", "jgz");
        Referral referral = referrals.create(running.caseNumber(), running.item().id(), offer("VOORZORG"),
                idOf(users, "voorzitter"));

        signedIn.as("jgz");
        assertThat(referrals.ofItem(running.item().id())).extracting(Referral::id).containsExactly(referral.id());
        signedIn.as("huisarts");
        assertThat(referrals.ofItem(running.item().id())).isEmpty();
        assertThatThrownBy(() -> referrals.ofCase(running.caseNumber())).isInstanceOf(CaseNotAccessibleException.class);
        assertThatThrownBy(() -> referrals.move(referral.id(), referral.version(), ReferralStatus.REFERRED, today,
                null)).isInstanceOf(CaseNotAccessibleException.class);
        signedIn.as("wijkteam");
        assertThatThrownBy(() -> referrals.create(running.caseNumber(), null, offer("VOORZORG"),
                idOf(users, "wijkteam"))).isInstanceOf(CaseNotAccessibleException.class);
        signedIn.as("coordinator");
        assertThatThrownBy(() -> referrals.ofCase(running.caseNumber())).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE case_number = ? AND object ="
                + " 'referral-case' AND outcome = 'DENIED'", Integer.class, running.caseNumber())).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aStepOfAReferralFromAMeetingTellsThatMeetingWhichItemChangedAndOneOfTheCareTeamTellsNoMeeting() {
        MeetingScenarios.Running running = scenarios.running("R.G.");
        Referral inMeeting = referrals.create(running.caseNumber(), running.item().id(), offer("VOORZORG"),
                idOf(users, "verloskundige"));
        signedIn.as("verloskundige");
        Referral ownReferral = referrals.create(running.caseNumber(), null, offer("KRAAMZORG"),
                idOf(users, "verloskundige"));
        referrals.move(ownReferral.id(), ownReferral.version(), ReferralStatus.REFERRED, today, null);
        assertThat(events.stream(MeetingChanged.class))
                .noneMatch(change -> change.change() == MeetingChanged.Change.REFERRALS);

        // as the API does: addressed under its case, declined by the client
        referrals.move(running.caseNumber(), inMeeting.id(), inMeeting.version(), ReferralStatus.DECLINED, today,
                "Wil het eerst zelf proberen.");

        assertThat(events.stream(MeetingChanged.class)
                .filter(change -> change.change() == MeetingChanged.Change.REFERRALS))
                .containsExactly(new MeetingChanged(running.meeting().id(), MeetingChanged.Change.REFERRALS,
                        "Marieke de Vries", running.item().id(), null, null));
    }

    @Test
    void theContactPersonSeesHerOpenReferralsAndOneLeftUnstartedForSixWeeksIsFlagged() {
        Referral fresh = advisedByTheCareTeam("R.E.");
        signedIn.as("verloskundige");
        Referral old = referrals.create(fresh.caseNumber(), null, offer("KRAAMZORG"), idOf(users, "verloskundige"));
        jdbc.update("UPDATE referral SET advised_on = ? WHERE id = ?", today.minusWeeks(7), old.id());

        Map<Long, Boolean> flags = referrals.myOpenReferrals().stream()
                .filter(r -> r.caseNumber().equals(fresh.caseNumber()))
                .collect(java.util.stream.Collectors.toMap(Referral::id, Referral::flagged));
        assertThat(flags).containsExactlyInAnyOrderEntriesOf(Map.of(fresh.id(), false, old.id(), true));
        signedIn.as("jgz");
        assertThat(referrals.myOpenReferrals()).noneMatch(r -> r.caseNumber().equals(fresh.caseNumber()));
    }

    @Test
    void aStartIsCountedOnceAnonymouslyAndErasureOfTheCaseKeepsIt() {
        Referral first = advisedByTheCareTeam("R.F.");
        signedIn.as("verloskundige");
        Referral second = referrals.create(first.caseNumber(), null, offer("SOCIAAL-TEAM-GM0202"),
                idOf(users, "verloskundige"));
        int before = facts();
        start(first);
        start(second);

        assertThat(facts()).isEqualTo(before + 2);
        assertThat(jdbc.queryForList("SELECT offer_kind || ' ' || birth_phase || ' ' || days_waited || ' '"
                + " || first_of_kind || ' ' || first_local_team FROM referral_start_fact ORDER BY id DESC"
                + " FETCH FIRST 2 ROWS ONLY", String.class)).containsExactly(
                        "SOCIAL_TEAM_SUPPORT BEFORE_BIRTH 0 TRUE TRUE", "STEVIG_OUDERSCHAP BEFORE_BIRTH 0 TRUE FALSE");

        Referral again = referrals.create(first.caseNumber(), null, offer("STEVIG-OUDERSCHAP"),
                idOf(users, "verloskundige"));
        start(again);
        assertThat(jdbc.queryForObject("SELECT first_of_kind FROM referral_start_fact ORDER BY id DESC"
                + " FETCH FIRST 1 ROWS ONLY", Boolean.class)).isFalse();

        cases.erase(first.caseNumber(), cases.open(first.caseNumber()).version(), "Verzoek van de cliënt");
        assertThat(facts()).isEqualTo(before + 3);
    }

    private void start(Referral referral) {
        Referral referred = referrals.move(referral.id(), referral.version(), ReferralStatus.REFERRED, today, null);
        referrals.move(referred.id(), referred.version(), ReferralStatus.STARTED, today, null);
    }

    private int facts() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM referral_start_fact", Integer.class);
    }

    /** A case of {@code verloskundige} (its contact person) referred to Stevig Ouderschap after a meeting. */
    private Referral advisedByTheCareTeam(String initials) {
        MeetingScenarios.Running running = scenarios.closed(initials, "Steun bij ouderschap.");
        signedIn.as("verloskundige");
        return referrals.create(running.caseNumber(), null, offer("STEVIG-OUDERSCHAP"), idOf(users, "verloskundige"));
    }

    private long offer(String code) {
        return offers.offers().stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow().id();
    }
}
