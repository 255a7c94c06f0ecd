package nl.kansrijkestart.mdo.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.meetingaccess.CaseMeetingAccess;
import nl.kansrijkestart.mdo.cases.MeetingCaseSummary;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.meetings.internal.AgendaItem;
import nl.kansrijkestart.mdo.meetings.internal.Meeting;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place that decides whether a reader may see what is written about a case in a meeting:
 * the case number, question, conclusion, shared notes, agreed actions and addenda. Every service of
 * this module that hands out such text asks a {@link Reader} from here, on the screens, in the API
 * and in the live updates alike.
 *
 * <p>The rule: the meeting's own chair sees it (she leads the discussion and records its outcome,
 * which nobody can do blind without overwriting text they cannot see); anybody else only within the
 * consent scope that the cases module decides (care team, a discipline the consent shares with, or
 * an anonymous case). Outside it a reader learns that an anonymised case is on the agenda and was
 * discussed, and sees the actions assigned to them personally without the case number; nothing more.
 * What identifies the client (initials, dates) stays the cases module's decision for the chair too.
 */
@Component
class CaseContentScope {

    private final CaseMeetingAccess caseAccess;
    private final Clock clock;

    CaseContentScope(CaseMeetingAccess caseAccess, Clock clock) {
        this.caseAccess = caseAccess;
        this.clock = clock;
    }

    /** The reader's view of one meeting; remembers its answers, so ask it for one request only. */
    Reader of(CurrentUser reader, Meeting meeting) {
        return new Reader(reader, meeting, meeting.getStartsAt().atZone(clock.getZone()).toLocalDate());
    }

    final class Reader {
        private final CurrentUser reader;
        private final Meeting meeting;
        private final LocalDate date;
        private final Map<String, Boolean> answers = new HashMap<>();

        private Reader(CurrentUser reader, Meeting meeting, LocalDate date) {
            this.reader = reader;
            this.meeting = meeting;
            this.date = date;
        }

        /** Whether this reader may see what is written about the item's case. */
        boolean sees(AgendaItem item) {
            if (meeting.isChairedBy(reader.id())) {
                return true;
            }
            return answers.computeIfAbsent(item.getCaseNumber(), caseNumber -> caseAccess.mayReadContent(caseNumber,
                    meeting.requireId(), date));
        }

        /** For one item asked for by id: refused like any other forbidden read or write. */
        void requireSees(AgendaItem item) {
            if (!sees(item)) {
                throw new AccessDeniedException("Agenda item " + item.requireId() + " is outside the consent scope");
            }
        }

        /** The item in full, or as an anonymised case without number, question or submitter. */
        AgendaEntry entry(AgendaItem item, @Nullable MeetingCaseSummary summary) {
            if (sees(item)) {
                return AgendaMapper.entry(item, summary);
            }
            MeetingCaseSummary anonymised = summary == null ? null
                    : new MeetingCaseSummary(null, summary.type(), true, summary.municipalityCode(), null, null, null,
                            null, null, Set.of(), false, "");
            return AgendaMapper.hidden(item, anonymised);
        }

        /** The outcome without its conclusion outside the scope: that the case was discussed, no more. */
        Outcome outcome(Outcome outcome, AgendaItem item) {
            if (sees(item)) {
                return outcome;
            }
            return new Outcome(outcome.agendaItemId(), outcome.version(), outcome.status(), null, outcome.followUp(),
                    outcome.followUpDate(), outcome.followUpMeetingId(), outcome.recordedBy(), outcome.recordedAt());
        }

        /** Outside the scope only the reader's own actions, what and by when, without the case number. */
        Optional<AgreedAction> action(AgreedAction action, AgendaItem item) {
            if (sees(item)) {
                return Optional.of(action);
            }
            if (action.assigneeUserId() == null || action.assigneeUserId() != reader.id()) {
                return Optional.empty();
            }
            return Optional.of(new AgreedAction(action.id(), action.version(), action.agendaItemId(),
                    action.meetingId(), action.meetingType(), action.meetingStartsAt(), null, action.what(),
                    action.assigneeUserId(), action.assigneeName(), action.dueOn(), action.doneAt(),
                    action.overdue()));
        }
    }
}
