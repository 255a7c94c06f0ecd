package nl.kansrijkestart.mdo.shared;

/**
 * A change names a version of a record that was never stored (an If-Match on a first outcome or
 * note): the writer's precondition fails as for an outdated version, but nobody wrote in between.
 */
public class NoSuchVersionException extends ConcurrentChangeException {

    public NoSuchVersionException() {
        super("");
    }
}
