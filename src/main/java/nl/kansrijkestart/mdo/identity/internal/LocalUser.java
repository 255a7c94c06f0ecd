package nl.kansrijkestart.mdo.identity.internal;

import java.time.Instant;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A local account as Spring Security signs it in, knowing whether it is a service account. */
class LocalUser extends User implements StampedSignIn {

    private final boolean serviceAccount;
    private final @Nullable Instant lockedUntil;
    private final long accessStamp;

    LocalUser(UserAccount account, Collection<? extends GrantedAuthority> authorities) {
        super(account.getUsername(), String.valueOf(account.getPasswordHash()), account.isEnabled(), true, true,
                !account.isLocked(), authorities);
        this.serviceAccount = account.isServiceAccount();
        this.lockedUntil = account.getLockedUntil();
        this.accessStamp = account.getAccessStamp();
    }

    /**
     * Locked for a while after wrong passwords. Not part of Spring's "non-locked" check: the
     * sign-in decides that before the password check ({@link FailedSignIns}).
     */
    boolean isTemporarilyLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    @Override
    public long accessStamp() {
        return accessStamp;
    }

    boolean isServiceAccount() {
        return serviceAccount;
    }
}
