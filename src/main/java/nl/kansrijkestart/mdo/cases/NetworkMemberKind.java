package nl.kansrijkestart.mdo.cases;

/** The two kinds of people on a case's network map besides the care team. */
public enum NetworkMemberKind {
    /** Someone from the parents' own circle: only initials and relation are kept. */
    INFORMAL,
    /** A professional outside the application, such as a debt counsellor or a home-care nurse. */
    EXTERNAL_PROFESSIONAL
}
