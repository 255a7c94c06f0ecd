package nl.kansrijkestart.mdo.identity.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.ClaimAccessor;

/**
 * What the application takes from a Keycloak token (ID token, user info or access token): the
 * user name, the name to show, the realm roles that are application roles, and the discipline and
 * organisation from the user attributes (see config/keycloak/mdo-realm.json), and the work phone
 * from the standard {@code phone_number} claim when the token has one. Other realm roles, such as
 * Keycloak's own defaults, are ignored.
 */
record KeycloakClaims(String username, String displayName, Set<Role> roles, @Nullable Discipline discipline,
        @Nullable String organisation, Set<String> municipalities, @Nullable String workPhone) {

    KeycloakClaims(String username, String displayName, Set<Role> roles, @Nullable Discipline discipline,
            @Nullable String organisation, Set<String> municipalities) {
        this(username, displayName, roles, discipline, organisation, municipalities, null);
    }

    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("GM\\d{4}");
    private static final Pattern PHONE = Pattern.compile("[0-9+() -]{3,30}");

    static final String USERNAME = "preferred_username";

    static KeycloakClaims of(ClaimAccessor token) {
        String username = text(token.getClaimAsString(USERNAME)).toLowerCase(Locale.ROOT);
        String name = text(token.getClaimAsString("name"));
        return new KeycloakClaims(username, shortened(name.isEmpty() ? username : name, UserAccount.DISPLAY_NAME_MAX),
                roles(token), discipline(token.getClaimAsString("discipline")),
                organisation(token.getClaimAsString("organisation")), municipalities(token),
                phone(token.getClaimAsString("phone_number")));
    }

    boolean hasApplicationRole() {
        return !roles.isEmpty();
    }

    /** A person's account needs both; service accounts (client credentials) have neither. */
    boolean describesPerson() {
        return discipline != null && organisation != null;
    }

    Collection<GrantedAuthority> authorities() {
        return roles.stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
    }

    private static Set<Role> roles(ClaimAccessor token) {
        Map<String, Object> realmAccess = token.getClaimAsMap("realm_access");
        Object names = realmAccess == null ? null : realmAccess.get("roles");
        Set<String> known = Stream.of(Role.values()).map(Role::name).collect(Collectors.toSet());
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (names instanceof List<?> list) {
            list.stream().map(String::valueOf).filter(known::contains).map(Role::valueOf).forEach(roles::add);
        }
        return roles;
    }

    /** The "municipalities" claim, multi-valued; anything that is not a CBS code is ignored. */
    private static Set<String> municipalities(ClaimAccessor token) {
        Object claim = token.getClaims().get("municipalities");
        Collection<?> values = claim instanceof Collection<?> many ? many : claim == null ? List.of() : List.of(claim);
        return values.stream().map(String::valueOf).map(String::strip)
                .filter(MUNICIPALITY_CODE.asMatchPredicate())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static @Nullable Discipline discipline(@Nullable String value) {
        return Stream.of(Discipline.values()).filter(d -> d.name().equals(text(value))).findFirst().orElse(null);
    }

    /** A phone number as the user administration accepts one; anything else is left out. */
    private static @Nullable String phone(@Nullable String value) {
        String phone = text(value);
        return PHONE.matcher(phone).matches() ? phone : null;
    }

    private static @Nullable String organisation(@Nullable String value) {
        String name = text(value);
        return name.isEmpty() ? null : shortened(name, Organisation.NAME_MAX);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static String shortened(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
