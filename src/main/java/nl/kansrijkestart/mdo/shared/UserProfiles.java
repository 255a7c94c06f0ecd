package nl.kansrijkestart.mdo.shared;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the shell needs to know about the signed-in user: a name to show and the language they
 * chose. Implemented by the identity module, so that shared code never depends on it.
 */
public interface UserProfiles {

    Optional<UserProfile> profileOf(String username);

    void rememberLocale(String username, Locale locale);

    /**
     * @param disciplineKey message key of the user's discipline
     * @param locale the language the user chose, or {@code null} when never chosen
     */
    record UserProfile(String displayName, String organisation, String disciplineKey, @Nullable Locale locale) {}
}
