package nl.kansrijkestart.mdo.meetings.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.kansrijkestart.mdo.identity.Discipline;

/** An invited user; name and discipline copied at invitation; present as marked by the chair. */
@Embeddable
public record MeetingParticipant(
        @Column(name = "user_id", nullable = false) long userId,
        @Column(name = "name", nullable = false, length = 100) String name,
        @Enumerated(EnumType.STRING) @Column(name = "discipline", nullable = false, length = 30)
                Discipline discipline,
        @Column(name = "present", nullable = false) boolean present) {

    public MeetingParticipant(long userId, String name, Discipline discipline) {
        this(userId, name, discipline, false);
    }

    public MeetingParticipant withPresence(boolean isPresent) {
        return new MeetingParticipant(userId, name, discipline, isPresent);
    }
}
