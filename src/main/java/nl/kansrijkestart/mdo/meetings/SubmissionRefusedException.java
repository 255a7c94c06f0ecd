package nl.kansrijkestart.mdo.meetings;

/**
 * A case may not be submitted to this meeting: the meeting does not exist, the submitter is not
 * invited to it, the case does not exist, or it is not on the submitter's care team. One refusal
 * for all four, so that nobody can find out by trying which meetings or cases exist.
 */
public class SubmissionRefusedException extends RuntimeException {

    public static final String MESSAGE_KEY = "agenda.submission-refused";

    SubmissionRefusedException() {
        super("This case may not be submitted to this meeting");
    }
}
