package nl.kansrijkestart.mdo.meetings;

import java.time.ZoneId;
import java.util.Comparator;
import nl.kansrijkestart.mdo.meetings.MeetingSummary.Guest;
import nl.kansrijkestart.mdo.meetings.MeetingSummary.Participant;
import nl.kansrijkestart.mdo.meetings.internal.Meeting;

final class MeetingMapper {

    private MeetingMapper() {}

    static MeetingSummary summary(Meeting meeting, long viewerId, ZoneId zone) {
        return new MeetingSummary(meeting.requireId(), meeting.getVersion(), meeting.getType(),
                meeting.getStartsAt().atZone(zone), meeting.getDurationMinutes(), meeting.getPlace(),
                meeting.getVideoLink(), meeting.getMunicipalityCode(), meeting.getRegionCode(),
                meeting.getChairUserId(), meeting.getChairName(), meeting.getStatus(), meeting.getSeriesId(),
                meeting.isChairedBy(viewerId),
                meeting.getParticipants().stream()
                        .map(p -> new Participant(p.userId(), p.name(), p.discipline()))
                        .sorted(Comparator.comparing(Participant::name))
                        .toList(),
                meeting.getGuests().stream().map(g -> new Guest(g.name(), g.organisation(), g.discipline())).toList());
    }
}
