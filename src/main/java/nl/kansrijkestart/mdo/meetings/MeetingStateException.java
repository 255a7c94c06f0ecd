package nl.kansrijkestart.mdo.meetings;

import nl.kansrijkestart.mdo.shared.InvalidInputException;

/**
 * The meeting is not in the state the change needs: not started yet, already running, in the past,
 * or closed and so locked. Screens show it next to the field like any refused input; the API
 * answers it as a conflict with the meeting's state rather than as bad input.
 */
public class MeetingStateException extends InvalidInputException {

    public MeetingStateException(String field, String messageKey) {
        super(field, messageKey);
    }
}
