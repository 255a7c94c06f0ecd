package nl.kansrijkestart.mdo.cases.internal;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.kansrijkestart.mdo.cases.CaseFilter;
import nl.kansrijkestart.mdo.cases.ConsentState;
import org.springframework.data.jpa.domain.Specification;

/**
 * The "Mijn casussen" query: cases on whose care team the user is, narrowed by the filters, all
 * evaluated by the database so the list can be loaded page by page.
 */
public final class CaseSpecifications {

    private CaseSpecifications() {}

    public static Specification<CaseFile> myCases(long userId, CaseFilter filter, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.exists(activeMember(root, query, cb, userId)));
            if (filter.type() != null) {
                where.add(cb.equal(root.get("type"), filter.type()));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.municipalityCode() != null) {
                where.add(cb.equal(root.get("municipalityCode"), filter.municipalityCode()));
            }
            if (filter.urgentOnly()) {
                where.add(cb.isTrue(root.get("urgent")));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String text = "%" + filter.text().strip().toUpperCase(Locale.ROOT) + "%";
                where.add(cb.or(cb.like(root.get("caseNumber"), text), cb.like(cb.upper(root.get("initials")), text)));
            }
            if (filter.consentState() != null) {
                where.add(consentState(root, query, cb, filter.consentState(), today));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static Subquery<Long> activeMember(Root<CaseFile> root, CriteriaQuery<?> query, CriteriaBuilder cb,
            long userId) {
        Subquery<Long> member = query.subquery(Long.class);
        Root<CareTeamMember> m = member.from(CareTeamMember.class);
        return member.select(m.get("id")).where(cb.equal(m.get("caseFile"), root),
                cb.equal(m.get("userId"), userId), cb.isNull(m.get("removedAt")));
    }

    private static Predicate consentState(Root<CaseFile> root, CriteriaQuery<?> query, CriteriaBuilder cb,
            ConsentState state, LocalDate today) {
        Predicate named = cb.isFalse(root.get("anonymous"));
        Predicate active = cb.exists(consents(root, query, cb, (c, b) -> b.and(
                b.lessThanOrEqualTo(c.get("givenOn"), today),
                b.or(b.isNull(c.get("validUntil")), b.greaterThanOrEqualTo(c.get("validUntil"), today)),
                b.or(b.isNull(c.get("withdrawnOn")), b.greaterThan(c.get("withdrawnOn"), today)))));
        Predicate withdrawn = cb.exists(consents(root, query, cb,
                (c, b) -> b.lessThanOrEqualTo(c.get("withdrawnOn"), today)));
        Predicate expired = cb.exists(consents(root, query, cb, (c, b) -> b.lessThan(c.get("validUntil"), today)));
        return switch (state) {
            case ANONYMOUS -> cb.isTrue(root.get("anonymous"));
            case ACTIVE -> cb.and(named, active);
            case WITHDRAWN -> cb.and(named, cb.not(active), withdrawn);
            case EXPIRED -> cb.and(named, cb.not(active), cb.not(withdrawn), expired);
            case NONE -> cb.and(named, cb.not(active), cb.not(withdrawn), cb.not(expired));
        };
    }

    private static Subquery<Long> consents(Root<CaseFile> root, CriteriaQuery<?> query, CriteriaBuilder cb,
            ConsentCondition condition) {
        Subquery<Long> consent = query.subquery(Long.class);
        Root<ConsentRecord> c = consent.from(ConsentRecord.class);
        return consent.select(c.get("id")).where(cb.equal(c.get("caseFile"), root), condition.on(c, cb));
    }

    private interface ConsentCondition {
        Predicate on(Root<ConsentRecord> consent, CriteriaBuilder cb);
    }
}
