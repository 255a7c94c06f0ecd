package nl.kansrijkestart.mdo.cases.internal;

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
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.ConsentDraft;
import nl.kansrijkestart.mdo.cases.ConsentForm;
import nl.kansrijkestart.mdo.cases.ConsentGiver;
import nl.kansrijkestart.mdo.cases.LegalBasis;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.shared.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** One consent (or other legal basis) of a case. Never changed after recording, only withdrawn. */
@Entity
@Table(name = "case_consent")
public class ConsentRecord extends AbstractEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private CaseFile caseFile;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis", nullable = false, length = 30, updatable = false)
    private LegalBasis basis;

    @Column(name = "given_on", nullable = false, updatable = false)
    private LocalDate givenOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, updatable = false)
    private @Nullable ConsentForm form;

    @Enumerated(EnumType.STRING)
    @Column(name = "given_by", length = 30, updatable = false)
    private @Nullable ConsentGiver givenBy;

    @Column(name = "discuss_in_meeting", nullable = false, updatable = false)
    private boolean discussInMeeting;

    @Column(name = "parents_attend", nullable = false, updatable = false)
    private boolean parentsAttend;

    @Column(name = "contact_other_professionals", nullable = false, updatable = false)
    private boolean contactOtherProfessionals;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_consent_discipline", joinColumns = @JoinColumn(name = "consent_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "discipline", nullable = false, length = 30)
    private Set<Discipline> sharedDisciplines = EnumSet.noneOf(Discipline.class);

    @Column(name = "valid_until", updatable = false)
    private @Nullable LocalDate validUntil;

    @Column(length = 2000)
    private @Nullable String justification;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "withdrawn_on")
    private @Nullable LocalDate withdrawnOn;

    @Column(name = "withdrawn_by", length = 100)
    private @Nullable String withdrawnBy;

    protected ConsentRecord() {
        this.caseFile = new CaseFile();
        this.basis = LegalBasis.CONSENT;
        this.givenOn = LocalDate.EPOCH;
        this.recordedBy = "";
        this.recordedAt = Instant.EPOCH;
    }

    public ConsentRecord(CaseFile caseFile, ConsentDraft draft, String recordedBy, Instant recordedAt) {
        this.caseFile = caseFile;
        this.basis = draft.basis();
        this.givenOn = draft.givenOn();
        this.form = draft.basis() == LegalBasis.CONSENT ? draft.form() : null;
        this.givenBy = draft.basis() == LegalBasis.CONSENT ? draft.givenBy() : null;
        this.discussInMeeting = draft.discussInMeeting();
        this.parentsAttend = draft.parentsAttend();
        this.contactOtherProfessionals = draft.contactOtherProfessionals();
        this.sharedDisciplines.addAll(draft.sharedDisciplines());
        this.validUntil = draft.validUntil();
        this.justification = draft.justification() == null ? null : draft.justification().strip();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** In force on {@code day}: given, not past its end date and not withdrawn. */
    public boolean isActiveOn(LocalDate day) {
        return !givenOn.isAfter(day)
                && (validUntil == null || !validUntil.isBefore(day))
                && (withdrawnOn == null || withdrawnOn.isAfter(day));
    }

    public void withdraw(LocalDate on, String by) {
        this.withdrawnOn = on;
        this.withdrawnBy = by;
    }

    void eraseFreeText() {
        justification = null;
    }

    public LegalBasis getBasis() { return basis; }
    public LocalDate getGivenOn() { return givenOn; }
    public @Nullable ConsentForm getForm() { return form; }
    public @Nullable ConsentGiver getGivenBy() { return givenBy; }
    public boolean isDiscussInMeeting() { return discussInMeeting; }
    public boolean isParentsAttend() { return parentsAttend; }
    public boolean isContactOtherProfessionals() { return contactOtherProfessionals; }
    public Set<Discipline> getSharedDisciplines() { return Set.copyOf(sharedDisciplines); }
    public @Nullable LocalDate getValidUntil() { return validUntil; }
    public @Nullable String getJustification() { return justification; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public @Nullable LocalDate getWithdrawnOn() { return withdrawnOn; }
    public @Nullable String getWithdrawnBy() { return withdrawnBy; }
}
