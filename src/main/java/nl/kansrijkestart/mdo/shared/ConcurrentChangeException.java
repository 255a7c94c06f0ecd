package nl.kansrijkestart.mdo.shared;

/**
 * Someone else saved the same record after the user opened it. Carries their name so the user can
 * be told who changed it before reloading.
 */
public class ConcurrentChangeException extends RuntimeException {

    private final String changedBy;

    public ConcurrentChangeException(String changedBy) {
        super("Changed in the meantime by " + changedBy);
        this.changedBy = changedBy;
    }

    public String changedBy() {
        return changedBy;
    }
}
