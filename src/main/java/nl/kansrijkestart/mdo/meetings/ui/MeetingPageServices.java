package nl.kansrijkestart.mdo.meetings.ui;

import java.time.Clock;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.meetings.ActionService;
import nl.kansrijkestart.mdo.meetings.AddendumService;
import nl.kansrijkestart.mdo.meetings.AgendaService;
import nl.kansrijkestart.mdo.meetings.AttendanceService;
import nl.kansrijkestart.mdo.meetings.CaseRolesService;
import nl.kansrijkestart.mdo.meetings.ConclusionService;
import nl.kansrijkestart.mdo.meetings.CurrentItemService;
import nl.kansrijkestart.mdo.meetings.MeetingAgenda;
import nl.kansrijkestart.mdo.meetings.MeetingPlanService;
import nl.kansrijkestart.mdo.meetings.MeetingService;
import nl.kansrijkestart.mdo.meetings.NotesService;
import nl.kansrijkestart.mdo.meetings.OutcomeService;
import nl.kansrijkestart.mdo.meetings.ReferralService;
import org.springframework.stereotype.Component;

/**
 * The services the parts of one meeting page read and write through, handed to the page as one
 * value so that each part takes only the services of its own region. Every call still goes through
 * the service's own access checks as the page's viewer.
 */
@Component
record MeetingPageServices(MeetingService meetings, MeetingAgenda agenda, AgendaService agendaService,
        CaseService cases, OutcomeService outcomes, ActionService actions, AttendanceService attendance,
        CurrentItemService currentItems, NotesService notes, ConclusionService conclusions,
        AddendumService addenda, CaseRolesService caseRoles, MeetingPlanService planChanges, ReferralService referrals,
        Clock clock) {}
