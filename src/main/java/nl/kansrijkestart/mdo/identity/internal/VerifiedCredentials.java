package nl.kansrijkestart.mdo.identity.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * HTTP Basic sends the password with every request; checking it with BCrypt each time would cost
 * tens of milliseconds of CPU per request. This manager remembers, for a few minutes, that a user
 * name and password were verified, keyed by an HMAC of both under a random key made at start-up
 * (so neither the password nor a reusable hash of it is kept). A remembered pair is still checked
 * against the account on every request: it counts only while the account is enabled, not locked
 * (by an administrator or for a while) and still has the password hash it was verified against,
 * so a password change, a lock or disabling takes effect at the next request. Only a full check
 * publishes a sign-in (and writes the last sign-in): the access log gets one sign-in per verified
 * credential and cache period, not one per request.
 */
class VerifiedCredentials implements AuthenticationManager {

    private final AuthenticationManager fullCheck;
    private final UserDetailsService accounts;
    private final Clock clock;
    private final AccountSignInLocks locks;
    private final Cache<String, String> verified;
    private final SecretKeySpec key;

    VerifiedCredentials(AuthenticationManager fullCheck, UserDetailsService accounts,
            AccountSignInLocks locks, Duration lifetime, Clock clock) {
        this.locks = locks;
        this.fullCheck = fullCheck;
        this.accounts = accounts;
        this.clock = clock;
        this.verified = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(lifetime)
                .ticker(() -> clock.millis() * 1_000_000L).build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        if (!(attempt instanceof UsernamePasswordAuthenticationToken) || attempt.getCredentials() == null) {
            return fullCheck.authenticate(attempt);
        }
        String digest = digest(attempt.getName(), String.valueOf(attempt.getCredentials()));
        Authentication remembered = remembered(attempt, digest);
        if (remembered != null) {
            return remembered;
        }
        // One check per account at a time; whoever waited finds the credentials verified by then.
        return locks.oneAtATime(attempt.getName(), () -> {
            Authentication verifiedMeanwhile = remembered(attempt, digest);
            return verifiedMeanwhile != null ? verifiedMeanwhile : checkFully(attempt, digest);
        });
    }

    private @Nullable Authentication remembered(Authentication attempt, String digest) {
        String hash = verified.getIfPresent(digest);
        if (hash == null) {
            return null;
        }
        UserDetails account = stillValid(attempt.getName(), hash);
        if (account == null) {
            verified.invalidate(digest);
            return null;
        }
        return UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities());
    }

    private Authentication checkFully(Authentication attempt, String digest) {
        Authentication signedIn = fullCheck.authenticate(attempt);
        // The signed-in principal's hash is erased by now: remember the one just verified against.
        verified.put(digest, accounts.loadUserByUsername(attempt.getName()).getPassword());
        return signedIn;
    }

    private @Nullable UserDetails stillValid(String username, String verifiedHash) {
        try {
            UserDetails account = accounts.loadUserByUsername(username);
            boolean valid = account.isEnabled() && account.isAccountNonLocked()
                    && Objects.equals(account.getPassword(), verifiedHash)
                    && !(account instanceof LocalUser local && local.isTemporarilyLockedAt(clock.instant()));
            return valid ? account : null;
        } catch (UsernameNotFoundException gone) {
            return null;
        }
    }

    private String digest(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", impossible);
        }
    }
}
