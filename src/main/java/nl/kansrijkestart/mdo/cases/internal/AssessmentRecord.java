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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.kansrijkestart.mdo.cases.AssessmentDraft;
import nl.kansrijkestart.mdo.cases.ReportedRiskLevel;
import nl.kansrijkestart.mdo.cases.Respondent;
import nl.kansrijkestart.mdo.reference.InstrumentVersionSummary;
import nl.kansrijkestart.mdo.shared.AbstractEntity;
import org.hibernate.annotations.OptimisticLock;
import org.jspecify.annotations.Nullable;

/**
 * One instrument result of a case. Immutable: every column is written once; a correction is a new
 * result pointing at the one it replaces. Only erasure clears the free text (see {@link #eraseFreeText}).
 */
@Entity
@Table(name = "case_assessment")
public class AssessmentRecord extends AbstractEntity {

    public static final int ADMINISTERED_BY_MAX = 100;
    public static final int TEXT_MAX = 500;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private CaseFile caseFile;

    @Column(name = "instrument_version_id", nullable = false, updatable = false)
    private long instrumentVersionId;

    @Column(name = "instrument_code", nullable = false, length = 30, updatable = false)
    private String instrumentCode;

    @Column(name = "instrument_name", nullable = false, length = 120, updatable = false)
    private String instrumentName;

    @Column(name = "version_label", nullable = false, length = 30, updatable = false)
    private String versionLabel;

    @Column(name = "instrument_validated", nullable = false, updatable = false)
    private boolean instrumentValidated;

    @Column(name = "administered_on", nullable = false, updatable = false)
    private LocalDate administeredOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private Respondent respondent;

    @Column(name = "administered_by", nullable = false, length = ADMINISTERED_BY_MAX, updatable = false)
    private String administeredBy;

    // Written once with the result; excluded from the version so inserting the values is no update.
    @OptimisticLock(excluded = true)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_assessment_value", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "domain_code", length = 30)
    @Column(name = "domain_value", nullable = false)
    private Map<String, Integer> domainValues = new HashMap<>();

    @Column(updatable = false)
    private @Nullable Integer total;

    @Enumerated(EnumType.STRING)
    @Column(name = "reported_risk_level", nullable = false, length = 20, updatable = false)
    private ReportedRiskLevel reportedRiskLevel;

    @Column(name = "suggested_care_pathway", length = TEXT_MAX)
    private @Nullable String suggestedCarePathway;

    @Column(name = "discussed_with_client", nullable = false, updatable = false)
    private boolean discussedWithClient;

    @Column(name = "supersedes_id", updatable = false)
    private @Nullable Long supersedesId;

    @Column(name = "correction_reason", length = TEXT_MAX)
    private @Nullable String correctionReason;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    private String recordedBy;

    protected AssessmentRecord() {
        this.caseFile = new CaseFile();
        this.instrumentCode = "";
        this.instrumentName = "";
        this.versionLabel = "";
        this.administeredOn = LocalDate.EPOCH;
        this.respondent = Respondent.CLIENT;
        this.administeredBy = "";
        this.reportedRiskLevel = ReportedRiskLevel.NONE_REPORTED;
        this.recordedAt = Instant.EPOCH;
        this.recordedBy = "";
    }

    /** A result of a checked draft; {@code replaced} and {@code reason} are set for a correction only. */
    public AssessmentRecord(CaseFile caseFile, AssessmentDraft draft, InstrumentVersionSummary version,
            @Nullable AssessmentRecord replaced, @Nullable String reason, String recordedBy, Instant recordedAt) {
        this.caseFile = caseFile;
        this.instrumentVersionId = version.id();
        this.instrumentCode = version.instrumentCode();
        this.instrumentName = version.instrumentName();
        this.versionLabel = version.label();
        this.instrumentValidated = version.validated();
        this.administeredOn = draft.administeredOn();
        this.respondent = draft.respondent();
        this.administeredBy = draft.administeredBy().strip();
        draft.domainValues().forEach(domainValues::put);
        this.total = draft.total();
        this.reportedRiskLevel = draft.reportedRiskLevel();
        this.suggestedCarePathway = draft.suggestedCarePathway() == null ? null : draft.suggestedCarePathway().strip();
        this.discussedWithClient = draft.discussedWithClient();
        this.supersedesId = replaced == null ? null : replaced.requireId();
        this.correctionReason = replaced == null || reason == null ? null : reason.strip();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Erasure removes free text that may describe the client; the values stay for the record. */
    void eraseFreeText() {
        suggestedCarePathway = null;
        correctionReason = null;
    }

    public long getInstrumentVersionId() { return instrumentVersionId; }
    public String getInstrumentCode() { return instrumentCode; }
    public String getInstrumentName() { return instrumentName; }
    public String getVersionLabel() { return versionLabel; }
    public boolean isInstrumentValidated() { return instrumentValidated; }
    public LocalDate getAdministeredOn() { return administeredOn; }
    public Respondent getRespondent() { return respondent; }
    public String getAdministeredBy() { return administeredBy; }
    public Map<String, Integer> getDomainValues() { return Map.copyOf(domainValues); }
    public @Nullable Integer getTotal() { return total; }
    public ReportedRiskLevel getReportedRiskLevel() { return reportedRiskLevel; }
    public @Nullable String getSuggestedCarePathway() { return suggestedCarePathway; }
    public boolean isDiscussedWithClient() { return discussedWithClient; }
    public @Nullable Long getSupersedesId() { return supersedesId; }
    public @Nullable String getCorrectionReason() { return correctionReason; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getRecordedBy() { return recordedBy; }
}
