package nl.kansrijkestart.mdo.meetings.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.shared.DemoDataLoader;
import nl.kansrijkestart.mdo.shared.DemoSession;
import nl.kansrijkestart.mdo.cases.CaseFilter;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.meetings.AgendaEntry;
import nl.kansrijkestart.mdo.meetings.AgendaService;
import nl.kansrijkestart.mdo.meetings.GuestDraft;
import nl.kansrijkestart.mdo.meetings.MeetingDraft;
import nl.kansrijkestart.mdo.meetings.MeetingService;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.meetings.MeetingType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Demo meetings for the embedded setup, planned and filled through the real services as the demo
 * chairs and professionals, so the consent gate and the access log apply. Runs once, on an empty
 * meeting table, after the demo cases exist.
 */
@Component
@Order(30)
class DemoMeetings implements DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoMeetings.class);

    private final MeetingRepository repository;
    private final MeetingService meetings;
    private final AgendaService agenda;
    private final CaseService cases;
    private final CurrentUserService users;
    private final DemoSession session;
    private final Clock clock;

    DemoMeetings(MeetingRepository repository, MeetingService meetings, AgendaService agenda, CaseService cases,
            CurrentUserService users, DemoSession session, Clock clock) {
        this.repository = repository;
        this.meetings = meetings;
        this.agenda = agenda;
        this.cases = cases;
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
        // A meeting starts on its planned day, never before it: the MDO of the walk-through is
        // today at the next full hour (tomorrow after 22:00), so it can be started right away.
        LocalTime nextHour = LocalTime.now(clock).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        boolean lateEvening = nextHour.getHour() < 1 || nextHour.isAfter(LocalTime.of(22, 0));
        vulnerablePregnancyMeeting(lateEvening ? today.plusDays(1) : today, lateEvening ? LocalTime.of(13, 0) : nextHour);
        popMeeting(today.plusDays(14));
        log.info("Created {} demo meetings; see README.md", repository.count());
    }

    /** A GP sees the family case anonymised (GP is outside its consent), the pregnancy in full. */
    private void vulnerablePregnancyMeeting(LocalDate date, LocalTime time) {
        MeetingSummary mdo = as("voorzitter", () -> meetings.plan(new MeetingDraft(
                MeetingType.MDO_VULNERABLE_PREGNANCY, date, time, 120, "Stadskantoor Arnhem, zaal 2.14",
                "https://meet.example.nl/mdo-arnhem", "GM0202", null,
                ids("verloskundige", "jgz", "wijkteam", "huisarts", "gemeente"))));
        as("voorzitter", () -> meetings.inviteGuest(mdo.id(), mdo.version(),
                new GuestDraft("J. Jansen", "Veilig Thuis Gelderland-Midden (demo)", Discipline.OTHER)));
        AgendaEntry pregnancy = submit("verloskundige", mdo, "A.K.",
                "Welke veilige route past bij signalen van huiselijk geweld, en wie wordt contactpersoon?", false);
        AgendaEntry family = submit("wijkteam", mdo, "M.D.",
                "Hoe voorkomen we de huisuitzetting en wie ondersteunt bij de opvoeding?", true);
        as("voorzitter", () -> agenda.accept(pregnancy.id(), pregnancy.version()));
        as("voorzitter", () -> agenda.accept(family.id(), family.version()));
    }

    private void popMeeting(LocalDate date) {
        MeetingSummary pop = as("pop-voorzitter", () -> meetings.plan(new MeetingDraft(MeetingType.POP, date,
                LocalTime.of(15, 30), 60, "Ziekenhuis Rijnzicht, POP-poli", null, "GM0202", null,
                ids("psychiater", "gynaecoloog", "kinderarts"))));
        AgendaEntry request = submit("psychiater", pop, "L.V.",
                "Medicatie rond de bevalling en een plan voor de kraamperiode.", false);
        as("pop-voorzitter", () -> agenda.accept(request.id(), request.version()));
    }

    private AgendaEntry submit(String username, MeetingSummary meeting, String initials, String question,
            boolean parentsAttend) {
        return as(username, () -> {
            String caseNumber = cases.myCases(new CaseFilter(null, null, null, false, null, initials),
                    PageRequest.of(0, 1)).getFirst().caseNumber();
            return agenda.submit(meeting.id(), caseNumber, question, parentsAttend);
        });
    }

    private Set<Long> ids(String... usernames) {
        return Arrays.stream(usernames)
                .map(username -> users.enabledProfessionals(username, 5).stream()
                        .filter(u -> u.username().equals(username)).findFirst().orElseThrow().id())
                .collect(Collectors.toSet());
    }

    private <T> T as(String username, Supplier<T> action) {
        return session.as(username, action);
    }
}
