package nl.kansrijkestart.mdo.identity.internal;

import java.time.Instant;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A local account as Spring Security signs it in, knowing whether it is a service account. */
class LocalUser extends User {

    private final boolean serviceAccount;
    private final @Nullable Instant lockedUntil;

    LocalUser(UserAccount account, Collection<? extends GrantedAuthority> authorities) {
        super(account.getUsername(), String.valueOf(account.getPasswordHash()), account.isEnabled(), true, true,
                !account.isLocked(), authorities);
        this.serviceAccount = account.isServiceAccount();
        this.lockedUntil = account.getLockedUntil();
    }

    /**
     * Locked for a while after wrong passwords. Not part of Spring's "non-locked" check: the
     * sign-in decides that before the password check ({@link FailedSignIns}).
     */
    boolean isTemporarilyLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    boolean isServiceAccount() {
        return serviceAccount;
    }
}
