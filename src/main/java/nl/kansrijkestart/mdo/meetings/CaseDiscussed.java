package nl.kansrijkestart.mdo.meetings;

import java.time.LocalDate;

/**
 * Published once per agenda item when the chair records it as discussed; the indicators count it.
 * The case number travels only inside this event, so the listener can ask the cases module for
 * an anonymous counting token; it must not be stored with the count.
 */
public record CaseDiscussed(MeetingType meetingType, LocalDate meetingDate, String caseNumber) {}
