package nl.kansrijkestart.mdo.meetings;

/** A text of an agenda item that is typed live and saved continuously while the meeting runs. */
public enum SharedField {
    /** The shared notes, typed by everyone taking part. */
    NOTES,
    /** The conclusion and advice, typed by the chair. */
    CONCLUSION
}
