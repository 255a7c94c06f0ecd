package nl.kansrijkestart.mdo.identity.internal;

import java.util.Locale;
import nl.kansrijkestart.mdo.identity.Role;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Local sign-in against the accounts in the database; disabled and locked accounts are refused. */
@Service
class LocalUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;

    LocalUserDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username.strip().toLowerCase(Locale.ROOT))
                .filter(candidate -> candidate.getPasswordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No local account " + username));
        return new LocalUser(account, AuthorityUtils.createAuthorityList(
                account.getRoles().stream().map(Role::authority).toList()));
    }
}
