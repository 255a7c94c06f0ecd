package nl.kansrijkestart.mdo.identity.internal;

import java.util.Locale;
import java.util.Optional;
import nl.kansrijkestart.mdo.shared.UserProfiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gives the shell the signed-in user's name and remembers their language choice. */
@Service
class AccountProfiles implements UserProfiles {

    private final UserAccountRepository users;

    AccountProfiles(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserProfile> profileOf(String username) {
        return users.findByUsername(username).map(account -> new UserProfile(account.getDisplayName(),
                account.getOrganisation().getName(), account.getDiscipline().messageKey(),
                account.getPreferredLocale()));
    }

    @Override
    @Transactional
    public void rememberLocale(String username, Locale locale) {
        users.findByUsername(username).ifPresent(account -> account.setPreferredLocale(locale));
    }
}
