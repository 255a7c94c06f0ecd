package nl.kansrijkestart.mdo.meetings;

import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.keys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.offer.LocalOfferService;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the referral screens ask of the service beyond the referral itself: a referral made right
 * away in the meeting (referred, not only advised), and the referrals of a whole meeting page read
 * at once within the consent scope.
 */
@IntegrationTest
class ReferralRecordingTest {

    /** Today as the test began: the day the server stamps on what it records in the test. */
    private final LocalDate today = MeetingFixtures.today();

    @Autowired
    private ReferralService referrals;

    @Autowired
    private LocalOfferService offers;

    @Autowired
    private CurrentUserService users;

    @Autowired
    private MeetingScenarios scenarios;

    @Autowired
    private SignedIn signedIn;

    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void aReferralMadeRightAwayIsReferredOnTheMeetingDayAndCanStartWithoutAnotherStep() {
        MeetingScenarios.Running running = scenarios.running("V.A.");

        Referral referred = referrals.create(running.caseNumber(), running.item().id(), offer("STEVIG-OUDERSCHAP"),
                idOf(users, "verloskundige"), ReferralStatus.REFERRED);

        assertThat(referred.status()).isEqualTo(ReferralStatus.REFERRED);
        assertThat(referred.advisedOn()).isEqualTo(today);
        assertThat(referred.referredOn()).isEqualTo(today);
        assertThat(jdbc.queryForObject("SELECT detail FROM audit_entry WHERE case_number = ? AND object = 'referral'"
                + " AND action = 'CREATE'", String.class, running.caseNumber())).endsWith("STEVIG-OUDERSCHAP REFERRED");
        signedIn.as("verloskundige");
        Referral started = referrals.move(referred.id(), referred.version(), ReferralStatus.STARTED, today, null);
        assertThat(started.startedOn()).isEqualTo(today);
    }

    @Test
    void aNewReferralIsOnlyAdvisedOrReferredAndNothingIsStoredOtherwise() {
        MeetingScenarios.Running running = scenarios.running("V.B.");
        long offer = offer("VOORZORG");
        long referrer = idOf(users, "verloskundige");

        assertThatThrownBy(() -> referrals.create(running.caseNumber(), running.item().id(), offer, referrer,
                ReferralStatus.STARTED)).isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("referral.status.initial"));
        assertThatThrownBy(() -> referrals.create(running.caseNumber(), running.item().id(), offer, referrer, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("validation.required"));
        assertThat(referrals.ofItem(running.item().id())).isEmpty();
    }

    @Test
    void theMeetingPageReadsEveryItemsReferralsAtOnceOnlyWithinTheConsentScopeAndLogsOnlyWhatIsNewToIt() {
        MeetingScenarios.Running running = scenarios.running("V.C.", "huisarts", "jgz");
        Referral referral = referrals.create(running.caseNumber(), running.item().id(), offer("VOORZORG"),
                idOf(users, "voorzitter"));

        assertThat(referrals.ofMeeting(running.meeting().id(), Map.of())).containsExactly(referral);
        signedIn.as("jgz");
        assertThat(referrals.ofMeeting(running.meeting().id(), Map.of())).extracting(Referral::id)
                .containsExactly(referral.id());
        assertThat(referrals.ofMeeting(running.meeting().id(), Map.of(referral.id(), referral.version())))
                .extracting(Referral::id).containsExactly(referral.id());
        assertThat(readsBy("jgz", running.caseNumber())).as("the second read gave the page nothing new").isEqualTo(1);
        signedIn.as("verloskundige");
        Referral referred = referrals.move(referral.id(), referral.version(), ReferralStatus.REFERRED, today, null);
        signedIn.as("jgz");
        assertThat(referrals.ofMeeting(running.meeting().id(), Map.of(referral.id(), referral.version())))
                .containsExactly(referred);
        assertThat(readsBy("jgz", running.caseNumber())).isEqualTo(2);

        signedIn.as("huisarts");
        assertThat(referrals.ofMeeting(running.meeting().id(), Map.of())).isEmpty();
        assertThat(readsBy("huisarts", running.caseNumber())).isZero();
        signedIn.as("wijkteam");
        assertThatThrownBy(() -> referrals.ofMeeting(running.meeting().id(), Map.of()))
                .isInstanceOf(MeetingNotFoundException.class);
    }

    private int readsBy(String username, String caseNumber) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE case_number = ? AND object = 'referral'"
                + " AND action = 'READ' AND username = ?", Integer.class, caseNumber, username);
    }

    private long offer(String code) {
        return offers.offers().stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow().id();
    }
}
