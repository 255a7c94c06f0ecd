package nl.kansrijkestart.mdo.cases.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.CaseDraft;
import nl.kansrijkestart.mdo.cases.CaseStatus;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.cases.Factor;
import nl.kansrijkestart.mdo.cases.TrustedProfessional;
import nl.kansrijkestart.mdo.shared.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * A case and everything hanging off it. Every change goes through {@link #touch}, which raises the
 * version, so that two people editing any part of the same case never overwrite each other.
 */
@Entity
@Table(name = "case_file")
public class CaseFile extends AbstractEntity {

    @Column(name = "case_number", nullable = false, unique = true, length = 12, updatable = false)
    private String caseNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private CaseType type;

    @Column(nullable = false, updatable = false)
    private boolean anonymous;

    @Column(length = 10)
    private @Nullable String initials;

    @Column(name = "parent_birth_year")
    private @Nullable Integer parentBirthYear;

    @Column(name = "expected_due_date")
    private @Nullable LocalDate expectedDueDate;

    @Column(name = "youngest_child_birth_date")
    private @Nullable LocalDate youngestChildBirthDate;

    @Column(name = "municipality_code", nullable = false, length = 6)
    private String municipalityCode;

    @Column(name = "postcode_area", length = 4)
    private @Nullable String postcodeArea;

    @Column(length = 2000)
    private @Nullable String question;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStatus status = CaseStatus.REGISTERED;

    @ElementCollection
    @CollectionTable(name = "case_factor", joinColumns = @JoinColumn(name = "case_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "factor", nullable = false, length = 40)
    private Set<Factor> factors = EnumSet.noneOf(Factor.class);

    @Column(nullable = false)
    private boolean urgent;

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("recordedAt DESC")
    private List<ConsentRecord> consents = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("addedAt ASC")
    private List<CareTeamMember> careTeam = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("fromTime DESC")
    private List<ContactAssignment> contacts = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("at DESC")
    private List<CaseEvent> events = new ArrayList<>();

    // Read-only view: results are inserted through their own repository and never merged with the
    // case, because a merge would rewrite every earlier (immutable) result.
    @OneToMany(mappedBy = "caseFile")
    @OrderBy("recordedAt DESC")
    private List<AssessmentRecord> assessments = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("addedAt ASC")
    private List<NetworkMember> network = new ArrayList<>();

    @Column(name = "trusted_user_id")
    private @Nullable Long trustedUserId;

    @Column(name = "trusted_member_id")
    private @Nullable Long trustedMemberId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "last_changed_at", nullable = false)
    private Instant lastChangedAt;

    @Column(name = "last_changed_by", nullable = false, length = 100)
    private String lastChangedBy;

    @Column(name = "erased_at")
    private @Nullable Instant erasedAt;

    protected CaseFile() {
        this.caseNumber = "";
        this.type = CaseType.PREGNANCY;
        this.municipalityCode = "";
        this.createdAt = Instant.EPOCH;
        this.lastChangedAt = Instant.EPOCH;
        this.lastChangedBy = "";
    }

    public CaseFile(String caseNumber, CaseDraft draft, long createdBy, String createdByName, Instant at) {
        this.caseNumber = caseNumber;
        this.type = draft.type();
        this.anonymous = draft.anonymous();
        this.createdAt = at;
        this.createdBy = createdBy;
        this.lastChangedAt = at;
        this.lastChangedBy = createdByName;
        this.municipalityCode = "";
        apply(draft);
    }

    /** Takes over the editable fields; identifying fields stay empty for an anonymous case. */
    public void apply(CaseDraft draft) {
        municipalityCode = draft.municipalityCode();
        question = draft.question() == null ? null : draft.question().strip();
        setFactors(draft.factors());
        if (anonymous) {
            return;
        }
        initials = draft.initials() == null ? null : draft.initials().strip().toUpperCase(Locale.ROOT);
        parentBirthYear = draft.parentBirthYear();
        postcodeArea = draft.postcodeArea() == null ? null : draft.postcodeArea().strip();
        expectedDueDate = type == CaseType.PREGNANCY ? draft.expectedDueDate() : null;
        youngestChildBirthDate = type == CaseType.FAMILY ? draft.youngestChildBirthDate() : null;
    }

    public void setFactors(Set<Factor> chosen) {
        factors.clear();
        factors.addAll(chosen);
        urgent = chosen.stream().anyMatch(factor -> factor.kind() == Factor.Kind.URGENT);
    }

    /** Records who changed the case, raising its version even when only a child record changed. */
    public void touch(String by, Instant at) {
        lastChangedBy = by;
        lastChangedAt = at;
    }

    /** Where the case stands in the meeting cycle, as the meetings derive it from its agenda items. */
    public void progress(CaseStatus newStatus) {
        status = newStatus;
    }

    public void record(CaseEvent event) {
        events.add(event);
    }

    /** Keeps the loaded case in step with a result just stored through its repository. */
    public void addAssessment(AssessmentRecord assessment) {
        assessments.add(assessment);
    }

    public @Nullable TrustedProfessional getTrustedProfessional() {
        if (trustedUserId != null) {
            return new TrustedProfessional.CareTeamUser(trustedUserId);
        }
        return trustedMemberId == null ? null : new TrustedProfessional.ExternalProfessional(trustedMemberId);
    }

    /** Marks the one professional the parent trusts most, replacing any earlier mark; null clears it. */
    public void setTrustedProfessional(@Nullable TrustedProfessional trusted) {
        trustedUserId = trusted instanceof TrustedProfessional.CareTeamUser user ? user.userId() : null;
        trustedMemberId = trusted instanceof TrustedProfessional.ExternalProfessional member
                ? member.networkMemberId() : null;
    }

    /**
     * Right to be forgotten: identifying data and free text go, and with them the informal network,
     * which identifies the client's circle; the shell (type, municipality, status, dates of the
     * record itself) stays for counting.
     */
    public void erase(Instant at) {
        initials = null;
        parentBirthYear = null;
        expectedDueDate = null;
        youngestChildBirthDate = null;
        postcodeArea = null;
        question = null;
        erasedAt = at;
        consents.forEach(ConsentRecord::eraseFreeText);
        assessments.forEach(AssessmentRecord::eraseFreeText);
        network.removeIf(NetworkMember::isInformal);
    }

    public String getCaseNumber() { return caseNumber; }
    public CaseType getType() { return type; }
    public boolean isAnonymous() { return anonymous; }
    public @Nullable String getInitials() { return initials; }
    public @Nullable Integer getParentBirthYear() { return parentBirthYear; }
    public @Nullable LocalDate getExpectedDueDate() { return expectedDueDate; }
    public @Nullable LocalDate getYoungestChildBirthDate() { return youngestChildBirthDate; }
    public String getMunicipalityCode() { return municipalityCode; }
    public @Nullable String getPostcodeArea() { return postcodeArea; }
    public @Nullable String getQuestion() { return question; }
    public CaseStatus getStatus() { return status; }
    public Set<Factor> getFactors() { return Set.copyOf(factors); }
    public boolean isUrgent() { return urgent; }
    public List<ConsentRecord> getConsents() { return consents; }
    public List<CareTeamMember> getCareTeam() { return careTeam; }
    public List<ContactAssignment> getContacts() { return contacts; }
    public List<CaseEvent> getEvents() { return events; }
    public List<AssessmentRecord> getAssessments() { return List.copyOf(assessments); }
    public List<NetworkMember> getNetwork() { return network; }
    public Instant getCreatedAt() { return createdAt; }
    public long getCreatedBy() { return createdBy; }
    public Instant getLastChangedAt() { return lastChangedAt; }
    public String getLastChangedBy() { return lastChangedBy; }
    public @Nullable Instant getErasedAt() { return erasedAt; }
    public boolean isErased() { return erasedAt != null; }
}
