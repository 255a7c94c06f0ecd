package nl.kansrijkestart.mdo.audit.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.kansrijkestart.mdo.audit.AuditQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Stores and finds access-log entries. Deliberately not a Spring Data {@code JpaRepository}: it
 * offers no save-as-update and no delete, only {@link #insert} and queries, newest first.
 */
@Repository
public class AuditEntryRepository {

    private final EntityManager entityManager;

    AuditEntryRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void insert(AuditEntry entry) {
        entityManager.persist(entry);
    }

    /** One page of the entries matching the query, newest first. */
    public List<AuditEntry> find(AuditQuery query, ZoneId zone, long offset, int limit) {
        return select(query, zone, null, null, limit, offset);
    }

    /**
     * Up to {@code limit} matching entries that come after the given entry in newest-first order
     * (from the start when {@code afterOccurredAt} is {@code null}). Unlike offset pages, this
     * skips and repeats nothing while new entries arrive during a long export.
     */
    public List<AuditEntry> findAfter(AuditQuery query, ZoneId zone, @Nullable Instant afterOccurredAt,
            @Nullable Long afterId, int limit) {
        return select(query, zone, afterOccurredAt, afterId, limit, 0);
    }

    public long count(AuditQuery query, ZoneId zone) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<AuditEntry> entry = count.from(AuditEntry.class);
        count.select(cb.count(entry)).where(matching(cb, entry, query, zone).toArray(Predicate[]::new));
        return entityManager.createQuery(count).getSingleResult();
    }

    private List<AuditEntry> select(AuditQuery query, ZoneId zone, @Nullable Instant afterOccurredAt,
            @Nullable Long afterId, int limit, long offset) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> select = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = select.from(AuditEntry.class);
        List<Predicate> where = matching(cb, entry, query, zone);
        if (afterOccurredAt != null && afterId != null) {
            where.add(cb.or(cb.lessThan(entry.get("occurredAt"), afterOccurredAt),
                    cb.and(cb.equal(entry.get("occurredAt"), afterOccurredAt), cb.lessThan(entry.get("id"), afterId))));
        }
        select.where(where.toArray(Predicate[]::new))
                .orderBy(cb.desc(entry.get("occurredAt")), cb.desc(entry.get("id")));
        return entityManager.createQuery(select)
                .setFirstResult(Math.toIntExact(offset))
                .setMaxResults(limit)
                .getResultList();
    }

    private static List<Predicate> matching(CriteriaBuilder cb, Root<AuditEntry> entry, AuditQuery query,
            ZoneId zone) {
        List<Predicate> where = new ArrayList<>();
        if (query.caseNumber() != null) {
            where.add(cb.equal(entry.get("caseNumber"), query.caseNumber()));
        }
        if (query.username() != null) {
            where.add(cb.equal(entry.get("username"), query.username()));
        }
        if (query.action() != null) {
            where.add(cb.equal(entry.get("action"), query.action()));
        }
        if (query.outcome() != null) {
            where.add(cb.equal(entry.get("outcome"), query.outcome()));
        }
        Instant start = query.startIn(zone);
        if (start != null) {
            where.add(cb.greaterThanOrEqualTo(entry.get("occurredAt"), start));
        }
        Instant end = query.endIn(zone);
        if (end != null) {
            where.add(cb.lessThan(entry.get("occurredAt"), end));
        }
        return where;
    }
}
