package nl.kansrijkestart.mdo.cases.meetingaccess;

import nl.kansrijkestart.mdo.cases.BirthPhase;
import nl.kansrijkestart.mdo.cases.CaseType;

/**
 * The anonymous facts of a started referral for indicators 8 and 12: case type, municipality, before
 * or after the birth, and whole days from the case's registration (day 0) to the start.
 */
public record SupportStartFacts(CaseType type, String municipalityCode, BirthPhase phase, int daysSinceRegistration) {}
