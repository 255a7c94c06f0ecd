package nl.kansrijkestart.mdo.meetings;

import java.time.Instant;

/** The shared notes of one agenda item as last saved; {@code version} is what the next save must name. */
public record Note(long agendaItemId, long version, String text, String updatedBy, Instant updatedAt) {}
