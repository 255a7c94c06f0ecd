package nl.kansrijkestart.mdo.reference;

/**
 * The valid input range of a scale, both ends included. It says which numbers the instrument can
 * produce, never which of them are worrying: the catalogue holds no cut-offs.
 */
public record ScoreRange(int min, int max) {

    public ScoreRange {
        if (min > max) {
            throw new IllegalArgumentException("range " + min + ".." + max + " is reversed");
        }
    }

    public boolean contains(int value) {
        return value >= min && value <= max;
    }
}
