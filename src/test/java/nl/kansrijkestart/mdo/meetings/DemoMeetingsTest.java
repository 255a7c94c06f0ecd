package nl.kansrijkestart.mdo.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo meetings of the README, created at start-up through the real services. */
@IntegrationTest
class DemoMeetingsTest {

    @Autowired
    private MeetingService meetings;

    @Autowired
    private MeetingAgenda agenda;

    @Autowired
    private SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void theDemoChairsHaveAnMdoWithTwoAcceptedCasesAndAPopMeetingWithOne() {
        signedIn.as("voorzitter");
        MeetingSummary mdo = meetings.myMeetings().stream()
                .filter(m -> m.guests().stream().anyMatch(guest -> guest.name().equals("J. Jansen")))
                .findFirst().orElseThrow();
        assertThat(agenda.agenda(mdo.id())).extracting(AgendaEntry::status)
                .containsExactly(AgendaStatus.ACCEPTED, AgendaStatus.ACCEPTED);

        signedIn.as("huisarts");
        assertThat(agenda.agenda(mdo.id())).extracting(entry -> entry.caseSummary().anonymised())
                .containsExactlyInAnyOrder(false, true);

        signedIn.as("pop-voorzitter");
        MeetingSummary pop = meetings.myMeetings().stream()
                .filter(m -> m.type() == MeetingType.POP && m.chairedByMe()).findFirst().orElseThrow();
        assertThat(agenda.agenda(pop.id())).hasSize(1);
    }
}
