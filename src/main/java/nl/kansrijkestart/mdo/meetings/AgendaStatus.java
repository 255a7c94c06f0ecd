package nl.kansrijkestart.mdo.meetings;

/** A submitted case waits for the chair (REQUESTED) until accepted or rejected; REMOVED when consent ends. */
public enum AgendaStatus {
    REQUESTED,
    ACCEPTED,
    REJECTED,
    REMOVED;

    public String messageKey() {
        return "agenda.status." + name();
    }
}
