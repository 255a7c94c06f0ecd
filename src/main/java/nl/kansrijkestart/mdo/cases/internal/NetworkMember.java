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
import java.util.Locale;
import nl.kansrijkestart.mdo.cases.NetworkMemberDraft;
import nl.kansrijkestart.mdo.cases.NetworkMemberKind;
import nl.kansrijkestart.mdo.cases.NetworkRelation;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.shared.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * Someone on a case's network map. An informal member identifies the client's circle, so only
 * initials and a relation are kept, and the row is deleted (not marked) on removal and on erasure.
 */
@Entity
@Table(name = "case_network_member")
public class NetworkMember extends AbstractEntity {

    public static final int INITIALS_MAX = 10;
    public static final int NAME_MAX = 100;
    public static final int ORGANISATION_MAX = 120;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private CaseFile caseFile;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private NetworkMemberKind kind;

    @Column(length = INITIALS_MAX, updatable = false)
    private @Nullable String initials;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, updatable = false)
    private @Nullable NetworkRelation relation;

    @Column(length = NAME_MAX, updatable = false)
    private @Nullable String name;

    @Column(length = ORGANISATION_MAX, updatable = false)
    private @Nullable String organisation;

    @Enumerated(EnumType.STRING)
    @Column(length = 30, updatable = false)
    private @Nullable Discipline discipline;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false, length = 100, updatable = false)
    private String addedBy;

    protected NetworkMember() {
        this.caseFile = new CaseFile();
        this.kind = NetworkMemberKind.INFORMAL;
        this.addedAt = Instant.EPOCH;
        this.addedBy = "";
    }

    /** From a checked draft; only the fields of its kind are kept. */
    public NetworkMember(CaseFile caseFile, NetworkMemberDraft draft, String addedBy, Instant addedAt) {
        this.caseFile = caseFile;
        this.kind = draft.kind();
        if (kind == NetworkMemberKind.INFORMAL) {
            this.initials = draft.initials().strip().toUpperCase(Locale.ROOT);
            this.relation = draft.relation();
        } else {
            this.name = draft.name().strip();
            this.organisation = draft.organisation().strip();
            this.discipline = draft.discipline();
        }
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public boolean isInformal() {
        return kind == NetworkMemberKind.INFORMAL;
    }

    public NetworkMemberKind getKind() { return kind; }
    public @Nullable String getInitials() { return initials; }
    public @Nullable NetworkRelation getRelation() { return relation; }
    public @Nullable String getName() { return name; }
    public @Nullable String getOrganisation() { return organisation; }
    public @Nullable Discipline getDiscipline() { return discipline; }
    public Instant getAddedAt() { return addedAt; }
    public String getAddedBy() { return addedBy; }
}
