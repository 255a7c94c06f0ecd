package nl.kansrijkestart.mdo.meetings;

import java.time.ZonedDateTime;

/** How many submitted cases of one planned meeting wait for its chair's decision. */
public record WaitingRequests(long meetingId, MeetingType meetingType, ZonedDateTime meetingStartsAt, long requests) {}
