package nl.kansrijkestart.mdo.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import nl.kansrijkestart.mdo.audit.AuditEntryView;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.shared.audit.AuditEvent;
import nl.kansrijkestart.mdo.shared.audit.AuditOutcome;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One access as logged. Written once and never changed: no setters, {@code @Immutable} for
 * Hibernate, and triggers in the database. No version column, as nothing is ever saved twice.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    static final int USERNAME_MAX = 100;
    static final int ROLES_MAX = 100;
    static final int DISCIPLINE_MAX = 30;
    static final int ORGANISATION_MAX = 120;
    static final int ON_BEHALF_OF_MAX = 100;
    static final int CASE_NUMBER_MAX = 40;
    static final int OBJECT_MAX = 50;
    static final int CHECKS_MAX = 300;
    static final int DETAIL_MAX = 1000;
    private static final String CHECKS_SEPARATOR = ",";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = USERNAME_MAX)
    private String username;

    @Column(nullable = false, length = ROLES_MAX)
    private String roles;

    @Column(length = DISCIPLINE_MAX)
    private @Nullable String discipline;

    @Column(length = ORGANISATION_MAX)
    private @Nullable String organisation;

    @Column(name = "on_behalf_of", length = ON_BEHALF_OF_MAX)
    private @Nullable String onBehalfOf;

    @Column(name = "case_number", length = CASE_NUMBER_MAX)
    private @Nullable String caseNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AuditAction action;

    @Column(nullable = false, length = OBJECT_MAX)
    private String object;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AuditOutcome outcome;

    /** The checks joined with commas; a check name itself holds no comma. */
    @Column(nullable = false, length = CHECKS_MAX)
    private String checks;

    @Column(length = DETAIL_MAX)
    private @Nullable String detail;

    protected AuditEntry() {
        this.occurredAt = Instant.EPOCH;
        this.username = "";
        this.roles = "";
        this.action = AuditAction.READ;
        this.object = "";
        this.outcome = AuditOutcome.SUCCESS;
        this.checks = "";
    }

    /**
     * The entry for an event, to the second. Text longer than its column is shortened rather than
     * refused: losing the end of a long detail is better than losing the whole entry.
     */
    public AuditEntry(AuditEvent event) {
        this.occurredAt = event.occurredAt().truncatedTo(ChronoUnit.SECONDS);
        this.username = Truncation.fit(event.actor().username(), USERNAME_MAX);
        this.roles = Truncation.fit(event.actor().roles(), ROLES_MAX);
        this.discipline = Truncation.fitOrNull(event.actor().discipline(), DISCIPLINE_MAX);
        this.organisation = Truncation.fitOrNull(event.actor().organisation(), ORGANISATION_MAX);
        this.onBehalfOf = Truncation.fitOrNull(event.onBehalfOf(), ON_BEHALF_OF_MAX);
        this.caseNumber = Truncation.fitOrNull(event.caseNumber(), CASE_NUMBER_MAX);
        this.action = event.action();
        this.object = Truncation.fit(event.object(), OBJECT_MAX);
        this.outcome = event.outcome();
        this.checks = Truncation.fit(String.join(CHECKS_SEPARATOR, event.checks()), CHECKS_MAX);
        this.detail = Truncation.fitOrNull(event.detail(), DETAIL_MAX);
    }

    public AuditEntryView toView() {
        List<String> checkList = checks.isEmpty() ? List.of() : Arrays.asList(checks.split(CHECKS_SEPARATOR));
        return new AuditEntryView(requireId(), occurredAt, username, roles, discipline, organisation, onBehalfOf,
                caseNumber, action, object, outcome, checkList, detail);
    }

    private long requireId() {
        if (id == null) {
            throw new IllegalStateException("Audit entry is not stored yet");
        }
        return id;
    }
}
