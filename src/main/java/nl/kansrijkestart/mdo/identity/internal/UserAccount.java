package nl.kansrijkestart.mdo.identity.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.identity.Role;
import nl.kansrijkestart.mdo.shared.AbstractEntity;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/**
 * A person who signs in. Local accounts carry a password hash; accounts provisioned from the
 * identity provider (Keycloak) carry none and are matched by their user name. Sign-ins change
 * the failure count, the temporary lock and the last sign-in with single update statements
 * ({@link UserAccountRepository}), not through this entity; dynamic updates keep an administrator's
 * save from writing back stale copies of those columns.
 */
@Entity
@DynamicUpdate
@Table(name = "user_account")
public class UserAccount extends AbstractEntity {

    public static final int USERNAME_MAX = 50;
    public static final int DISPLAY_NAME_MAX = 100;
    public static final int PHONE_MAX = 30;

    @Column(nullable = false, unique = true, length = USERNAME_MAX)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    /** Where parents and colleagues reach this person for her work; printed on a case's wegwijzer. */
    @Column(name = "work_phone", length = PHONE_MAX)
    private @Nullable String workPhone;

    @Column(name = "password_hash", length = 200)
    private @Nullable String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_municipality_scope", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "municipality_code", nullable = false, length = 6)
    private Set<String> municipalityScope = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Discipline discipline;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(nullable = false)
    private boolean locked;

    /** A machine client's account: API only, refused by the sign-in form. */
    @Column(name = "service_account", nullable = false)
    private boolean serviceAccount;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    /** Until when wrong passwords keep the account locked; the lock ends by itself. */
    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    /** How many temporary locks followed each other without a successful sign-in: each lasts longer. */
    @Column(name = "lock_count", nullable = false)
    private int lockCount;

    @Column(name = "preferred_locale", length = 10)
    private @Nullable String preferredLocale;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private @Nullable Instant lastLoginAt;

    /**
     * Raised whenever what this account may do changes (enabled, roles, discipline, organisation,
     * municipalities): a session signed in with another stamp ends at its next request.
     */
    @Column(name = "access_stamp", nullable = false)
    private long accessStamp;

    protected UserAccount() {
        this.username = "";
        this.displayName = "";
        this.discipline = Discipline.OTHER;
        this.organisation = new Organisation("");
        this.createdAt = Instant.EPOCH;
    }

    public UserAccount(String username, String displayName, Discipline discipline, Organisation organisation,
            Set<Role> roles, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.discipline = discipline;
        this.organisation = organisation;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    public void change(String displayName, Discipline discipline, Organisation organisation, Set<Role> roles) {
        if (discipline != this.discipline || !Objects.equals(organisation.getId(), this.organisation.getId())
                || !this.roles.equals(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles))) {
            accessStamp++;
        }
        this.displayName = displayName;
        this.discipline = discipline;
        this.organisation = organisation;
        this.roles.clear();
        this.roles.addAll(roles);
    }

    /** The CBS codes of the municipalities this user works for; empty when not limited. */
    public void setMunicipalityScope(Set<String> codes) {
        if (!municipalityScope.equals(new TreeSet<>(codes))) {
            accessStamp++;
        }
        municipalityScope.clear();
        municipalityScope.addAll(codes);
    }

    public Set<String> getMunicipalityScope() {
        return Set.copyOf(municipalityScope);
    }

    public void setWorkPhone(@Nullable String workPhone) {
        this.workPhone = workPhone;
    }

    public @Nullable String getWorkPhone() {
        return workPhone;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void setEnabled(boolean enabled) {
        if (enabled != this.enabled) {
            accessStamp++;
        }
        this.enabled = enabled;
    }

    /** Makes this a machine client's account: it may use the API, not the sign-in form. */
    public void markServiceAccount() {
        serviceAccount = true;
    }

    public boolean isServiceAccount() {
        return serviceAccount;
    }

    public void lock() {
        locked = true;
    }

    /** Lifts both the administrator's lock and a temporary lock after wrong passwords. */
    public void unlock() {
        locked = false;
        failedLogins = 0;
        lockedUntil = null;
        lockCount = 0;
    }

    /** What this account may do, as of now: sessions signed in with another stamp end. */
    public long getAccessStamp() {
        return accessStamp;
    }

    public void setPreferredLocale(Locale locale) {
        this.preferredLocale = locale.toLanguageTag();
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public @Nullable String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public Discipline getDiscipline() {
        return discipline;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** Locked by an administrator (or by wrong passwords before locks became temporary). */
    public boolean isLocked() {
        return locked;
    }

    /** Locked at {@code now}: by an administrator, or by wrong passwords for a while. */
    public boolean isLockedAt(Instant now) {
        return locked || isTemporarilyLockedAt(now);
    }

    public boolean isTemporarilyLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public @Nullable Instant getLockedUntil() {
        return lockedUntil;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public @Nullable Locale getPreferredLocale() {
        return preferredLocale == null ? null : Locale.forLanguageTag(preferredLocale);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
