package nl.kansrijkestart.mdo.shared.audit;

/**
 * The signed-in user as the access log records them. Implemented by the identity module, so that
 * modules that must not depend on identity (the access log itself) can still say who acted.
 */
public interface CurrentActor {

    /** The signed-in user; fails when nobody is signed in. */
    AuditActor require();
}
