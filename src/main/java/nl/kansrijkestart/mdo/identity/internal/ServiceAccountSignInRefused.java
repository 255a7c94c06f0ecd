package nl.kansrijkestart.mdo.identity.internal;

import org.springframework.security.authentication.DisabledException;

/**
 * A service account tried the sign-in form. A disabled account in the eyes of the form (so every
 * handler of refused account states, from the access log to the provider chain, treats it as
 * one), but with its own message: it may use the API only.
 */
public class ServiceAccountSignInRefused extends DisabledException {

    public ServiceAccountSignInRefused(String username) {
        super("Service account " + username + " may use the API only");
    }
}
