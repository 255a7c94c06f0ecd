package nl.kansrijkestart.mdo.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.meetings.MeetingType;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.shared.audit.AuditEvent;
import nl.kansrijkestart.mdo.shared.audit.AuditOutcome;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymous aggregates of the counting events for coordinators. A case counts once per year as a
 * case (distinct tokens; the token changes each year) and once per discussion. Aggregation runs in
 * the database in one grouped query. Suppression of small cells comes with the export.
 */
@Service
public class IndicatorService {

    private static final String DISCUSSED_CASES = """
            SELECT case_type, meeting_type, COUNT(DISTINCT token) AS cases, COUNT(*) AS discussions
            FROM counting_event
            WHERE period_date >= ? AND period_date < ?
            GROUP BY case_type, meeting_type
            ORDER BY case_type, meeting_type""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final CurrentUserService currentUser;
    private final Clock clock;

    IndicatorService(JdbcClient jdbc, ApplicationEventPublisher events, CurrentUserService currentUser,
            Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Indicator 7 for a calendar year, per case type and meeting type; logged as an export. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public List<DiscussedCases> discussedCases(int year) {
        List<DiscussedCases> rows = jdbc.sql(DISCUSSED_CASES)
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .query((rs, n) -> new DiscussedCases(year, CaseType.valueOf(rs.getString("case_type")),
                        MeetingType.valueOf(rs.getString("meeting_type")), rs.getLong("cases"),
                        rs.getLong("discussions")))
                .list();
        events.publishEvent(new AuditEvent(clock.instant().truncatedTo(ChronoUnit.SECONDS),
                currentUser.require().asActor(), null, null, AuditAction.EXPORT, "indicator-7",
                AuditOutcome.SUCCESS, List.of("coordinator"), "discussed cases " + year));
        return rows;
    }
}
