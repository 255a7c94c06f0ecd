package nl.kansrijkestart.mdo.meetings;

import java.util.List;
import nl.kansrijkestart.mdo.identity.Discipline;

/**
 * Who is present and whether the meeting has its quorum: {@code missingCore} names each core
 * discipline nobody present brings; {@code missingIdeal} the ideal ones. The chair counts as present.
 * {@code meetingVersion} is the version to send with the next change of presence.
 */
public record Attendance(List<Attendee> attendees, List<Discipline> missingCore, List<Discipline> missingIdeal,
        long meetingVersion) {

    public boolean quorum() {
        return missingCore.isEmpty();
    }

    /** An invited user (key {@code user-<id>}) or a guest (key {@code guest-<index>}). */
    public record Attendee(String key, String name, Discipline discipline, boolean guest, boolean present) {}
}
