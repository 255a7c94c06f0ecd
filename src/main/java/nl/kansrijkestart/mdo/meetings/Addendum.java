package nl.kansrijkestart.mdo.meetings;

import java.time.Instant;

/** A text added under an item's minutes after the meeting was closed: what, by whom, when. */
public record Addendum(long id, long agendaItemId, String text, String writtenBy, Instant writtenAt) {}
