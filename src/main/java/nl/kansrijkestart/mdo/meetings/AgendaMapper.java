package nl.kansrijkestart.mdo.meetings;

import nl.kansrijkestart.mdo.cases.MeetingCaseSummary;
import nl.kansrijkestart.mdo.meetings.internal.AgendaItem;
import org.jspecify.annotations.Nullable;

final class AgendaMapper {

    private AgendaMapper() {}

    static AgendaEntry entry(AgendaItem item, @Nullable MeetingCaseSummary summary) {
        return new AgendaEntry(item.requireId(), item.getVersion(), item.getCaseNumber(), item.isAnonymous(),
                item.getSubmittedByName(), item.getQuestion(), item.isParentsAttend(), item.getStatus(),
                item.getRejectionReason(), item.getRemovalReason(), item.getPosition(), item.getSlotStart(),
                item.getSlotMinutes(), summary, false);
    }

    /** An item whose case the viewer may not read about: where it stands on the agenda, nothing written. */
    static AgendaEntry hidden(AgendaItem item, @Nullable MeetingCaseSummary anonymised) {
        return new AgendaEntry(item.requireId(), item.getVersion(), null, true, null, null, false, item.getStatus(),
                null, null, item.getPosition(), item.getSlotStart(), item.getSlotMinutes(), anonymised, true);
    }
}
