package nl.kansrijkestart.mdo.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.kansrijkestart.mdo.MdoApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** What was typed and which item was current survive a restart of the server on the same database. */
class NotesAfterRestartTest {

    /** Each application start installs Vaadin's holder strategy JVM-wide; give the other tests theirs back. */
    private final SecurityContextHolderStrategy before = SecurityContextHolder.getContextHolderStrategy();

    @AfterEach
    void restoreSecurityHolder() {
        SecurityContextHolder.getContextHolderStrategy().clearContext();
        SecurityContextHolder.setContextHolderStrategy(before);
    }

    @Test
    void aParticipantOpeningTheMeetingAfterARestartSeesTheNotesAndTheCurrentItem(@TempDir Path dataDir) {
        long meetingId;
        AgendaEntry item;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            signIn(first, "voorzitter");
            MeetingSummary demo = first.getBean(MeetingService.class).myMeetings().stream()
                    .filter(m -> m.type() == MeetingType.MDO_VULNERABLE_PREGNANCY).findFirst().orElseThrow();
            meetingId = demo.id();
            // The demo MDO may lie on a later day (when the demo data was made late in the evening).
            MeetingSummary today = first.getBean(MeetingPlanService.class).reschedule(meetingId, demo.version(),
                    new MeetingSchedule(MeetingFixtures.today(), MeetingFixtures.LATE_TODAY, 60, "Stadskantoor Arnhem",
                            null));
            long started = first.getBean(OutcomeService.class).start(meetingId, today.version()).version();
            item = first.getBean(MeetingAgenda.class).agenda(meetingId).stream()
                    .filter(e -> e.status() == AgendaStatus.ACCEPTED).findFirst().orElseThrow();
            first.getBean(CurrentItemService.class).discuss(meetingId, item.id(), started);
            signIn(first, "jgz");
            first.getBean(NotesService.class).save(item.id(), null, "Typed just before the restart.");
        }
        try (ConfigurableApplicationContext second = start(dataDir)) {
            signIn(second, "jgz");

            assertThat(second.getBean(CurrentItemService.class).currentItem(meetingId)).isEqualTo(item.id());
            assertThat(second.getBean(NotesService.class).note(item.id())).get()
                    .extracting(Note::text).isEqualTo("Typed just before the restart.");
        }
    }

    private static void signIn(ConfigurableApplicationContext context, String username) {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolderStrategy strategy = context.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        SecurityContext signedIn = strategy.createEmptyContext();
        signedIn.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        strategy.setContext(signedIn);
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(MdoApplication.class)
                .run("--mdo.data-dir=" + dataDir, "--server.port=0", "--mdo.demo-data.enabled=true",
                        "--spring.main.banner-mode=off", "--logging.level.root=WARN");
    }
}
