package nl.kansrijkestart.mdo.cases.meetingaccess;

import nl.kansrijkestart.mdo.cases.CountingFacts;
import nl.kansrijkestart.mdo.cases.DiscussionFacts;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.CaseDetails.Assignment.Role;
import nl.kansrijkestart.mdo.cases.internal.CaseFile;
import nl.kansrijkestart.mdo.cases.internal.ContactAssignment;
import nl.kansrijkestart.mdo.cases.internal.FirstDiscussionStore;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facts of a discussed case that the indicators store apart from its identity (indicators 10
 * and 12). The case number is used here only; what leaves this module cannot be linked back.
 */
@Service
public class CaseIndicatorFacts {

    /**
     * Disciplines of the social domain for indicator 10: the social team (incl. CJG) and the
     * municipality. Medical social work belongs to the hospital, JGZ to preventive health care.
     */
    public static final Set<Discipline> SOCIAL_DOMAIN = Set.of(Discipline.SOCIAL_TEAM, Discipline.MUNICIPALITY);

    private final CountingTokens tokens;
    private final FirstDiscussionStore firstDiscussions;
    private final ZoneId zone;
    private final ChairedCases chaired;
    private final CurrentUserService users;

    CaseIndicatorFacts(CountingTokens tokens, FirstDiscussionStore firstDiscussions,
            Clock clock, ChairedCases chaired, CurrentUserService users) {
        this.chaired = chaired;
        this.users = users;
        this.tokens = tokens;
        this.firstDiscussions = firstDiscussions;
        this.zone = clock.getZone();
    }

    /**
     * Called while a chair records a discussion on {@code meetingDate}. The first call for a case
     * remembers the day and answers the days since registration; later calls answer none. Only for a
     * chair with the case on the agenda of one of her meetings, like the counting token.
     */
    @PreAuthorize("hasRole('CHAIR')")
    @Transactional
    public DiscussionFacts discussed(String caseNumber, LocalDate meetingDate) {
        CaseFile caseFile = chaired.require(users.require(), caseNumber, AuditAction.READ, "indicator-facts");
        CountingFacts counting = tokens.tokenFor(caseNumber, meetingDate.getYear());
        Integer days = null;
        if (firstDiscussions.remember(caseFile.requireId(), meetingDate)) {
            LocalDate registered = caseFile.getCreatedAt().atZone(zone).toLocalDate();
            // A meeting dated before the registration (recorded afterwards) waited no days.
            days = (int) Math.max(0, ChronoUnit.DAYS.between(registered, meetingDate));
        }
        return new DiscussionFacts(counting.token(), caseFile.getType(), caseFile.getMunicipalityCode(),
                socialCaseDirectorOn(caseFile, meetingDate), days);
    }

    /** Whether a case director of the social domain was assigned at some moment of that day. */
    private boolean socialCaseDirectorOn(CaseFile caseFile, LocalDate day) {
        Instant start = day.atStartOfDay(zone).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        return caseFile.getContacts().stream()
                .filter(assignment -> assignment.getRole() == Role.CASE_DIRECTOR)
                .filter(assignment -> SOCIAL_DOMAIN.contains(assignment.getDiscipline()))
                .anyMatch(assignment -> covers(assignment, start, end));
    }

    private static boolean covers(ContactAssignment assignment, Instant start, Instant end) {
        Instant until = assignment.getUntilTime();
        return assignment.getFromTime().isBefore(end) && (until == null || until.isAfter(start));
    }
}
