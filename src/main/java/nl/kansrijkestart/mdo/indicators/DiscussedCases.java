package nl.kansrijkestart.mdo.indicators;

import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.meetings.MeetingType;

/** Indicator 7 for one year, case type and meeting type: distinct cases and number of discussions. */
public record DiscussedCases(int year, CaseType caseType, MeetingType meetingType, long cases, long discussions) {}
