package nl.kansrijkestart.mdo.identity.internal;

/**
 * A signed-in principal that remembers the access stamp its account had at sign-in, so that a
 * session ends once the account is disabled or its roles, discipline, organisation or
 * municipalities change ({@link SignedInAccountCheck}).
 */
interface StampedSignIn {

    long accessStamp();
}
