package nl.kansrijkestart.mdo.meetings.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.kansrijkestart.mdo.identity.Discipline;

/** An external guest without an account. */
@Embeddable
public record MeetingGuest(
        @Column(name = "name", nullable = false, length = 100) String name,
        @Column(name = "organisation", nullable = false, length = 120) String organisation,
        @Enumerated(EnumType.STRING) @Column(name = "discipline", nullable = false, length = 30)
                Discipline discipline,
        @Column(name = "present", nullable = false) boolean present) {

    public static final int NAME_MAX = 100;
    public static final int ORGANISATION_MAX = 120;

    public MeetingGuest(String name, String organisation, Discipline discipline) {
        this(name, organisation, discipline, false);
    }

    public MeetingGuest withPresence(boolean isPresent) {
        return new MeetingGuest(name, organisation, discipline, isPresent);
    }
}
