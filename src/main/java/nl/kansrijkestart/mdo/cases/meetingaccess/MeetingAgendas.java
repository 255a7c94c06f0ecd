package nl.kansrijkestart.mdo.cases.meetingaccess;

/**
 * Which agendas a case is on, as far as this module needs to know before it answers on behalf of a
 * chair or participant. The meetings module implements it (it owns the agendas); the cases module
 * only asks, so the two stay free of a cycle.
 */
public interface MeetingAgendas {

    /** Whether the case has an item, in any state, on the agenda of a meeting this user chairs. */
    boolean onAgendaChairedBy(String caseNumber, long userId);

    /** Whether the case has an item on the agenda of this meeting, and the user chairs it or is invited. */
    boolean onAgendaOpenTo(String caseNumber, long meetingId, long userId);
}
