package nl.kansrijkestart.mdo.meetings;

import java.time.LocalDate;
import nl.kansrijkestart.mdo.meetings.internal.AgendaAction;
import nl.kansrijkestart.mdo.meetings.internal.Meeting;
import nl.kansrijkestart.mdo.meetings.internal.MeetingParticipant;
import nl.kansrijkestart.mdo.shared.InputRules;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The checks of an agreed action. The assignee is the chair, an invited user, or an external party
 * by name; an account outside the meeting is refused so that actions never reach uninvolved people.
 */
@Component
class ActionRules {

    /** An action agreed in a meeting is due within this many years; later is no agreement. */
    private static final int DUE_YEARS_MAX = 2;

    record Assignee(@Nullable Long userId, String name) {}

    Assignee check(ActionDraft draft, Meeting meeting, LocalDate today) {
        String external = InputRules.normalise(draft.externalParty());
        InputRules rules = InputRules.check()
                .requiredText("what", draft.what(), AgendaAction.WHAT_MAX)
                .optionalText("assignee", external, AgendaAction.NAME_MAX)
                .required("dueOn", draft.dueOn())
                .that("dueOn", draft.dueOn(), due -> !due.isBefore(today), "actions.validation.due-in-past")
                .that("dueOn", draft.dueOn(), due -> !due.isAfter(today.plusYears(DUE_YEARS_MAX)),
                        "actions.validation.due-too-late", DUE_YEARS_MAX);
        Assignee assignee = assignee(draft.assigneeUserId(), external, meeting);
        if (assignee == null) {
            rules.problem("assignee", draft.assigneeUserId() == null ? "actions.validation.assignee-required"
                    : "actions.validation.assignee-not-invited");
        }
        rules.throwIfInvalid();
        return assignee;
    }

    private static @Nullable Assignee assignee(@Nullable Long userId, @Nullable String external, Meeting meeting) {
        if (userId == null) {
            return external == null ? null : new Assignee(null, external);
        }
        if (meeting.isChairedBy(userId)) {
            return new Assignee(userId, meeting.getChairName());
        }
        return meeting.getParticipants().stream().filter(p -> p.userId() == userId).findFirst()
                .map(MeetingParticipant::name).map(name -> new Assignee(userId, name)).orElse(null);
    }
}
