package nl.kansrijkestart.mdo.meetings;

import nl.kansrijkestart.mdo.cases.CaseAccessChanged;
import nl.kansrijkestart.mdo.cases.CaseErased;
import nl.kansrijkestart.mdo.cases.ConsentWithdrawn;
import nl.kansrijkestart.mdo.identity.AccountChanged;
import nl.kansrijkestart.mdo.meetings.internal.AgendaItemRepository;
import nl.kansrijkestart.mdo.meetings.internal.MeetingRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every change of who may see what in a meeting, wherever it is made, becomes a
 * {@link MeetingChanged.Change#ACCESS} of each meeting it may concern, published in the changing
 * transaction: {@link MeetingRoom} passes it on once it has committed, to this node's pages and
 * through the {@link MeetingRelay} to the other nodes'. Each open page then decides again, through
 * the services and as its own viewer, what it may show (see {@link CaseContentScope} and
 * {@link MeetingGuard}); a page whose viewer may no longer see the meeting stops showing it.
 *
 * <p>What decides it, and where its changes come from: the consent in force on the meeting date
 * ({@link ConsentWithdrawn}, a new consent in {@link CaseAccessChanged}), the care team and contact
 * person ({@link CaseAccessChanged}), the case's erasure ({@link CaseErased}), the account's being
 * enabled, its roles and discipline ({@link AccountChanged}), and the meeting itself: the agenda
 * ({@link AgendaService} when an item is rejected or moved away) and the participants, the date and
 * cancellation ({@link MeetingPlanService}, whose {@link MeetingChanged.Change#PLANNING} makes each
 * page read the meeting again as well).
 */
@Component
class MeetingAccessChanges {

    private final AgendaItemRepository items;
    private final MeetingRepository meetings;
    private final ApplicationEventPublisher events;

    MeetingAccessChanges(AgendaItemRepository items, MeetingRepository meetings, ApplicationEventPublisher events) {
        this.items = items;
        this.meetings = meetings;
        this.events = events;
    }

    @EventListener
    void on(ConsentWithdrawn withdrawn) {
        ofCase(withdrawn.caseNumber());
    }

    @EventListener
    void on(CaseErased erased) {
        ofCase(erased.caseNumber());
    }

    @EventListener
    void on(CaseAccessChanged changed) {
        ofCase(changed.caseNumber());
    }

    /** Every meeting the account chairs or is invited to, cancelled ones excepted (nothing to show). */
    @EventListener
    void on(AccountChanged changed) {
        meetings.findForUser(changed.userId()).stream()
                .filter(meeting -> meeting.getStatus() != MeetingStatus.CANCELLED)
                .forEach(meeting -> ofMeeting(meeting.requireId()));
    }

    /** Every meeting with the case on its agenda, whatever became of its item there. */
    void ofCase(String caseNumber) {
        items.meetingsWithCase(caseNumber).forEach(this::ofMeeting);
    }

    void ofMeeting(long meetingId) {
        events.publishEvent(MeetingChanged.access(meetingId));
    }
}
