package nl.kansrijkestart.mdo.identity.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts wrong passwords per account with single update statements, so that parallel guesses
 * cannot outrun the lock. A password is only checked after {@link #reserve} has counted the
 * attempt as a failure in advance: the update that counts also decides, in the same statement,
 * whether the account is now locked and for how long. A burst of parallel requests therefore
 * gets at most {@code limit} passwords checked; the rest is refused as locked without a check.
 * A right password takes its count back ({@link #succeeded}). Each lock lasts longer than the one
 * before (first-lock × 4ⁿ, at most a day) and ends by itself.
 */
@Component
class FailedSignIns {

    /** How many locks in a row grow the duration; later ones last as long as the last step. */
    private static final int STEPS = 6;
    private static final Duration LONGEST_LOCK = Duration.ofDays(1);
    /** The last sign-in is written at most this often per account: no write per API request. */
    private static final Duration LAST_SIGN_IN_PRECISION = Duration.ofMinutes(1);

    @PersistenceContext
    private EntityManager entities;

    private final Clock clock;
    private final int limit;
    private final Duration firstLock;

    FailedSignIns(Clock clock, @Value("${mdo.security.max-failed-logins:5}") int limit,
            @Value("${mdo.security.first-lock:PT1M}") Duration firstLock) {
        this.clock = clock;
        this.limit = Math.max(2, limit);
        this.firstLock = firstLock;
    }

    /** What counting an attempt in advance decided. */
    record Reservation(boolean granted, @Nullable Instant lockedUntil) {

        static final Reservation REFUSED = new Reservation(false, null);

        /** This attempt used the last one allowed: if its password is wrong, the account stays locked. */
        boolean locksTheAccount() {
            return lockedUntil != null;
        }
    }

    /**
     * Counts one attempt as failed before its password is checked; refused (nothing counted)
     * while the account is locked or unknown.
     */
    @Transactional
    public Reservation reserve(String username) {
        Instant now = clock.instant();
        StringBuilder until = new StringBuilder("case u.lockCount");
        for (int step = 0; step < STEPS - 1; step++) {
            until.append(" when ").append(step).append(" then cast(:until").append(step).append(" as Instant)");
        }
        until.append(" else cast(:until").append(STEPS - 1).append(" as Instant) end");
        var update = entities.createQuery("""
                update UserAccount u set
                  u.failedLogins = case when u.lockedUntil is null then u.failedLogins + 1 else 1 end,
                  u.lockCount = case when u.lockedUntil is null and u.failedLogins + 1 >= :limit
                                     then u.lockCount + 1 else u.lockCount end,
                  u.lockedUntil = case when u.lockedUntil is null and u.failedLogins + 1 >= :limit
                                       then %s else null end
                where u.username = :username and u.passwordHash is not null
                  and (u.lockedUntil is null or u.lockedUntil <= :now)""".formatted(until))
                .setParameter("limit", limit)
                .setParameter("username", username)
                .setParameter("now", now);
        for (int step = 0; step < STEPS; step++) {
            update.setParameter("until" + step, now.plus(lockDuration(step)));
        }
        if (update.executeUpdate() == 0) {
            return Reservation.REFUSED;
        }
        // The row stays locked by our update until commit: this reads our own count, nobody else's.
        Instant lockedUntil = entities.createQuery(
                        "select u.lockedUntil from UserAccount u where u.username = :username", Instant.class)
                .setParameter("username", username).getSingleResult();
        return new Reservation(true, lockedUntil);
    }

    /**
     * The right password: the attempts counted in advance are taken back, a lock is lifted. An
     * account without failures is not written.
     */
    @Transactional
    public void succeeded(String username) {
        entities.createQuery("""
                update UserAccount u set u.failedLogins = 0, u.lockedUntil = null, u.lockCount = 0
                where u.username = :username
                  and (u.failedLogins > 0 or u.lockedUntil is not null or u.lockCount > 0)""")
                .setParameter("username", username).executeUpdate();
    }

    /**
     * The last sign-in, as one update without the version (an administrator's edit of the account
     * does not conflict with it), written at most once a minute per account.
     */
    @Transactional
    public void recordSignIn(String username) {
        Instant now = clock.instant();
        entities.createQuery("""
                update UserAccount u set u.lastLoginAt = :now
                where u.username = :username and (u.lastLoginAt is null or u.lastLoginAt < :earlier)""")
                .setParameter("now", now).setParameter("earlier", now.minus(LAST_SIGN_IN_PRECISION))
                .setParameter("username", username).executeUpdate();
    }

    /** Until when wrong passwords lock the account, if they do now. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username) {
        List<Instant> until = entities.createQuery("""
                        select u.lockedUntil from UserAccount u
                        where u.username = :username and u.lockedUntil > :now""", Instant.class)
                .setParameter("username", username).setParameter("now", clock.instant()).getResultList();
        return until.stream().findFirst();
    }

    Duration lockDuration(int previousLocks) {
        Duration duration = firstLock.multipliedBy(1L << (2 * Math.min(previousLocks, STEPS - 1)));
        return duration.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : duration;
    }
}
