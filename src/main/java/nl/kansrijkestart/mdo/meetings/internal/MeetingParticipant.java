package nl.kansrijkestart.mdo.meetings.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.kansrijkestart.mdo.identity.Discipline;

/** An invited user; name and discipline copied at invitation. */
@Embeddable
public record MeetingParticipant(
        @Column(name = "user_id", nullable = false) long userId,
        @Column(name = "name", nullable = false, length = 100) String name,
        @Enumerated(EnumType.STRING) @Column(name = "discipline", nullable = false, length = 30)
                Discipline discipline) {}
