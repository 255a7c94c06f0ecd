package nl.kansrijkestart.mdo.identity.internal;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A local account as Spring Security signs it in, knowing whether it is a service account. */
class LocalUser extends User {

    private final boolean serviceAccount;

    LocalUser(UserAccount account, Collection<? extends GrantedAuthority> authorities) {
        super(account.getUsername(), String.valueOf(account.getPasswordHash()), account.isEnabled(), true, true,
                !account.isLocked(), authorities);
        this.serviceAccount = account.isServiceAccount();
    }

    boolean isServiceAccount() {
        return serviceAccount;
    }
}
