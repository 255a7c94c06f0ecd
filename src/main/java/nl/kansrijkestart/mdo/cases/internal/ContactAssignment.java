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
import nl.kansrijkestart.mdo.cases.CaseDetails.Assignment.Role;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.shared.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** Who was the contact person (or case director) of a case, from when until when. */
@Entity
@Table(name = "case_contact")
public class ContactAssignment extends AbstractEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private CaseFile caseFile;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Role role;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(nullable = false, length = 100, updatable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private Discipline discipline;

    @Column(name = "from_time", nullable = false, updatable = false)
    private Instant fromTime;

    @Column(name = "until_time")
    private @Nullable Instant untilTime;

    protected ContactAssignment() {
        this.caseFile = new CaseFile();
        this.role = Role.CONTACT_PERSON;
        this.name = "";
        this.discipline = Discipline.OTHER;
        this.fromTime = Instant.EPOCH;
    }

    public ContactAssignment(CaseFile caseFile, Role role, long userId, String name, Discipline discipline,
            Instant from) {
        this.caseFile = caseFile;
        this.role = role;
        this.userId = userId;
        this.name = name;
        this.discipline = discipline;
        this.fromTime = from;
    }

    public boolean isCurrent() {
        return untilTime == null;
    }

    public void end(Instant at) {
        untilTime = at;
    }

    public Role getRole() { return role; }
    public long getUserId() { return userId; }
    public String getName() { return name; }
    public Discipline getDiscipline() { return discipline; }
    public Instant getFromTime() { return fromTime; }
    public @Nullable Instant getUntilTime() { return untilTime; }
}
