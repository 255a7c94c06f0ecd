package nl.kansrijkestart.mdo.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import nl.kansrijkestart.mdo.cases.internal.AssessmentRecord;
import nl.kansrijkestart.mdo.cases.internal.AssessmentRecordRepository;
import nl.kansrijkestart.mdo.cases.internal.AssessmentRules;
import nl.kansrijkestart.mdo.cases.internal.CaseAudit;
import nl.kansrijkestart.mdo.cases.internal.CaseEvent;
import nl.kansrijkestart.mdo.cases.internal.CaseFile;
import nl.kansrijkestart.mdo.cases.internal.CaseFileRepository;
import nl.kansrijkestart.mdo.cases.internal.CaseGuard;
import nl.kansrijkestart.mdo.cases.internal.CaseMapper;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.reference.InstrumentVersionSummary;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signalling-instrument results on a case, by its care team. A result is never changed: a
 * correction is a new version with a reason, and the result it replaces stays readable as replaced.
 * The case details carry the results, so reading them is logged with the read of the case.
 */
@Service
@PreAuthorize("hasRole('PROFESSIONAL')")
public class AssessmentService {

    private static final String OBJECT = "assessment";

    private final CaseFileRepository cases;
    private final AssessmentRecordRepository results;
    private final CaseGuard guard;
    private final AssessmentRules rules;
    private final CaseAudit audit;
    private final CurrentUserService currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AssessmentService(CaseFileRepository cases, AssessmentRecordRepository results, CaseGuard guard,
            AssessmentRules rules, CaseAudit audit, CurrentUserService currentUser, Clock clock,
            ApplicationEventPublisher events) {
        this.cases = cases;
        this.results = results;
        this.guard = guard;
        this.rules = rules;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public CaseDetails record(String caseNumber, long expectedVersion, AssessmentDraft draft) {
        CurrentUser me = currentUser.require();
        CaseFile caseFile = forChange(me, caseNumber, expectedVersion);
        InstrumentVersionSummary version = rules.check(draft, null, null);
        AssessmentRecord recorded = results.save(new AssessmentRecord(caseFile, draft, version, null, null,
                me.displayName(), clock.instant()));
        caseFile.addAssessment(recorded);
        // A correction is a new version of the same result, so only a first recording is counted.
        events.publishEvent(new AssessmentRecorded(recorded.getAdministeredOn(), caseFile.getMunicipalityCode(),
                caseFile.getType(), me.discipline(), version.validated()));
        return saved(me, caseFile, version, AuditAction.CREATE, "timeline.assessment-recorded", null);
    }

    /**
     * Records {@code draft} as the new version of result {@code assessmentId}. Only the current
     * version can be corrected, so the versions of a result form one line.
     */
    @Transactional
    public CaseDetails correct(String caseNumber, long expectedVersion, long assessmentId, AssessmentDraft draft,
            @Nullable String reason) {
        CurrentUser me = currentUser.require();
        CaseFile caseFile = forChange(me, caseNumber, expectedVersion);
        AssessmentRecord replaced = caseFile.getAssessments().stream()
                .filter(a -> a.requireId() == assessmentId).findFirst()
                .orElseThrow(() -> new InvalidInputException("assessment", "assessment.unknown"));
        if (caseFile.getAssessments().stream().anyMatch(a -> Long.valueOf(assessmentId).equals(a.getSupersedesId()))) {
            throw new InvalidInputException("assessment", "assessment.already-replaced");
        }
        InstrumentVersionSummary version = rules.check(draft, replaced, reason);
        caseFile.addAssessment(results.save(new AssessmentRecord(caseFile, draft, version, replaced, reason,
                me.displayName(), clock.instant())));
        return saved(me, caseFile, version, AuditAction.UPDATE, "timeline.assessment-corrected",
                "correction of assessment " + assessmentId);
    }

    /** An anonymous case keeps only type, municipality, question and outcome: no results. */
    private CaseFile forChange(CurrentUser me, String caseNumber, long expectedVersion) {
        CaseFile caseFile = guard.forChange(me, caseNumber, expectedVersion, OBJECT);
        if (caseFile.isAnonymous()) {
            throw new InvalidInputException("assessment", "assessment.anonymous-case");
        }
        return caseFile;
    }

    private CaseDetails saved(CurrentUser me, CaseFile caseFile, InstrumentVersionSummary version,
            AuditAction action, String timelineKey, @Nullable String detail) {
        Instant now = clock.instant();
        caseFile.touch(me.displayName(), now);
        caseFile.record(new CaseEvent(caseFile, now, me.displayName(), timelineKey, version.instrumentName(),
                version.label()));
        cases.saveAndFlush(caseFile);
        audit.succeeded(me, caseFile.getCaseNumber(), action, OBJECT, CaseAudit.CARE_TEAM,
                detail == null ? version.instrumentCode() + " " + version.label() : detail);
        return CaseMapper.details(caseFile, LocalDate.now(clock));
    }
}
