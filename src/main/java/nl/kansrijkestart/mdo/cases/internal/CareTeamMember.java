package nl.kansrijkestart.mdo.cases.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.shared.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * A professional on a case's care team. Removal ends the membership but keeps the row, so the
 * history of who had access stays visible. Name and discipline are copied at the time of adding.
 */
@Entity
@Table(name = "case_care_team")
public class CareTeamMember extends AbstractEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private CaseFile caseFile;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(nullable = false, length = 100, updatable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private Discipline discipline;

    @Column(nullable = false, length = 120, updatable = false)
    private String organisation;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    @Column(name = "removed_at")
    private @Nullable Instant removedAt;

    protected CareTeamMember() {
        this.caseFile = new CaseFile();
        this.name = "";
        this.discipline = Discipline.OTHER;
        this.organisation = "";
        this.addedAt = Instant.EPOCH;
    }

    public CareTeamMember(CaseFile caseFile, long userId, String name, Discipline discipline, String organisation,
            Instant addedAt) {
        this.caseFile = caseFile;
        this.userId = userId;
        this.name = name;
        this.discipline = discipline;
        this.organisation = organisation;
        this.addedAt = addedAt;
    }

    public boolean isActive() {
        return removedAt == null;
    }

    public void remove(Instant at) {
        removedAt = at;
    }

    public long getUserId() { return userId; }
    public String getName() { return name; }
    public Discipline getDiscipline() { return discipline; }
    public String getOrganisation() { return organisation; }
    public Instant getAddedAt() { return addedAt; }
    public @Nullable Instant getRemovedAt() { return removedAt; }
}
