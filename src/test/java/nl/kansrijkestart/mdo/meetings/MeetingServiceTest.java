package nl.kansrijkestart.mdo.meetings;

import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.keys;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.mdoInArnhem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Planning meetings, series and invitations, and who may see them. */
@IntegrationTest
class MeetingServiceTest {

    private static final LocalDate IN_TWO_WEEKS = LocalDate.now().plusDays(14);

    @Autowired
    private MeetingService meetings;

    @Autowired
    private CurrentUserService users;

    @Autowired
    private SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void aChairPlansAMeetingWithInvitedProfessionalsWhoThenSeeIt() {
        signedIn.as("voorzitter");
        MeetingSummary planned = meetings.plan(mdoInArnhem(IN_TWO_WEEKS, Set.of(idOf(users, "huisarts"))));
        assertThat(planned.status()).isEqualTo(MeetingStatus.PLANNED);
        assertThat(planned.chairedByMe()).isTrue();
        assertThat(planned.startsAt().toLocalTime()).isEqualTo(LocalTime.of(13, 0));

        signedIn.as("huisarts");
        assertThat(meetings.myMeetings()).extracting(MeetingSummary::id).contains(planned.id());
        assertThat(meetings.open(planned.id()).chairedByMe()).isFalse();
    }

    @Test
    void aProfessionalWhoIsNotInvitedCannotOpenTheMeeting() {
        signedIn.as("voorzitter");
        MeetingSummary planned = meetings.plan(mdoInArnhem(IN_TWO_WEEKS, Set.of()));
        signedIn.as("kinderarts");
        assertThat(meetings.myMeetings()).extracting(MeetingSummary::id).doesNotContain(planned.id());
        assertThatThrownBy(() -> meetings.open(planned.id())).isInstanceOf(MeetingNotFoundException.class);
    }

    @Test
    void aMeetingInThePastWithAWrongDurationAndAPlainHttpLinkIsRefusedWithEveryReason() {
        signedIn.as("voorzitter");
        MeetingDraft wrong = new MeetingDraft(MeetingType.POP, LocalDate.now().minusDays(1), LocalTime.NOON, 10,
                null, "http://meet.example.nl/pop", "GM9999", null, Set.of());
        assertThatThrownBy(() -> meetings.plan(wrong))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(keys(refused))
                        .containsExactlyInAnyOrder("meeting.validation.duration", "meeting.validation.video-link",
                                "meeting.validation.in-past", "meeting.validation.municipality-unknown"));
    }

    @Test
    void aMeetingNeedsAPlaceOrAVideoLinkAndAMunicipalityOrRegion() {
        signedIn.as("voorzitter");
        MeetingDraft nowhere = new MeetingDraft(MeetingType.POP, IN_TWO_WEEKS, LocalTime.NOON, 60, " ", null, null,
                null, Set.of());
        assertThatThrownBy(() -> meetings.plan(nowhere))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(keys(refused))
                        .containsExactlyInAnyOrder("meeting.validation.place-or-link",
                                "meeting.validation.area-required"));
    }

    @Test
    void aSeriesOnEveryFirstTuesdayIsPlannedInOneGo() {
        signedIn.as("voorzitter");
        LocalDate firstTuesday = LocalDate.now().plusMonths(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
        List<MeetingSummary> series = meetings.planSeries(mdoInArnhem(firstTuesday, Set.of()),
                Recurrence.monthlyOnFirstWeekday(3));
        assertThat(series).hasSize(3).extracting(MeetingSummary::seriesId).containsOnly(series.getFirst().seriesId());
        assertThat(series).allSatisfy(meeting -> {
            assertThat(meeting.startsAt().getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(meeting.startsAt().getDayOfMonth()).isLessThanOrEqualTo(7);
        });
        assertThat(series.get(2).startsAt().toLocalDate().getMonth()).isEqualTo(firstTuesday.plusMonths(2).getMonth());
    }

    @Test
    void aSeriesOfMoreThanTwentyFourMeetingsIsRefused() {
        signedIn.as("voorzitter");
        assertThatThrownBy(() -> meetings.planSeries(mdoInArnhem(IN_TWO_WEEKS, Set.of()), Recurrence.everyWeeks(2, 25)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("meeting.validation.series-count"));
    }

    @Test
    void theChairInvitesAnExternalGuestButAnotherChairMayNot() {
        signedIn.as("voorzitter");
        MeetingSummary planned = meetings.plan(mdoInArnhem(IN_TWO_WEEKS, Set.of()));
        MeetingSummary withGuest = meetings.inviteGuest(planned.id(), planned.version(),
                new GuestDraft("P. de Vries", "Veilig Thuis Gelderland-Midden", Discipline.OTHER));
        assertThat(withGuest.guests()).extracting(MeetingSummary.Guest::organisation)
                .containsExactly("Veilig Thuis Gelderland-Midden");

        signedIn.as("pop-voorzitter");
        assertThatThrownBy(() -> meetings.invite(planned.id(), withGuest.version(), idOf(users, "psychiater")))
                .as("a meeting another chair is not invited to does not exist for them")
                .isInstanceOf(MeetingNotFoundException.class);
    }

    @Test
    void aProfessionalWithoutTheChairRoleCannotPlanAMeeting() {
        signedIn.as("verloskundige");
        assertThatThrownBy(() -> meetings.plan(mdoInArnhem(IN_TWO_WEEKS, Set.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCoordinatorAndAnAdministratorSeeNoMeetings() {
        for (String username : List.of("coordinator", "admin")) {
            signedIn.as(username);
            assertThatThrownBy(() -> meetings.myMeetings()).as(username).isInstanceOf(AccessDeniedException.class);
        }
    }
}
