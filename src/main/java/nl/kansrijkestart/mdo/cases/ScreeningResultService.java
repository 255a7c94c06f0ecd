package nl.kansrijkestart.mdo.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.kansrijkestart.mdo.cases.internal.AssessmentRecord;
import nl.kansrijkestart.mdo.cases.internal.AssessmentRecordRepository;
import nl.kansrijkestart.mdo.cases.internal.AssessmentRules;
import nl.kansrijkestart.mdo.cases.internal.CaseAudit;
import nl.kansrijkestart.mdo.cases.internal.CaseEvent;
import nl.kansrijkestart.mdo.cases.internal.CaseFile;
import nl.kansrijkestart.mdo.cases.internal.CaseFileRepository;
import nl.kansrijkestart.mdo.cases.internal.CaseGuard;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Role;
import nl.kansrijkestart.mdo.reference.InstrumentVersionSummary;
import nl.kansrijkestart.mdo.shared.CurrentAuthentication;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.shared.audit.AuditActor;
import nl.kansrijkestart.mdo.shared.audit.AuditOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Instrument results pushed in by a screening platform (the integration of a midwife's record
 * system) on behalf of a professional on the case's care team. The platform is a service account
 * with the SCREENING_PLATFORM role; the professional is named with each result and must be on the
 * care team, exactly as if she recorded it herself. The result is stored immutable, counted for
 * her discipline, and logged with the platform as actor and her as "on behalf of" (NEN 7513). A
 * case she is not on the team of is refused as unknown, and that refusal is logged too.
 */
@Service
@PreAuthorize("hasRole('SCREENING_PLATFORM')")
public class ScreeningResultService {

    /** The field that names the professional (the request header of the API). */
    public static final String ON_BEHALF_OF_FIELD = "On-Behalf-Of";

    private static final String OBJECT = "assessment";
    private static final List<String> CHECKS = List.of("screening-platform", "care-team");

    private final CaseFileRepository cases;
    private final AssessmentRecordRepository results;
    private final AssessmentRules rules;
    private final CaseAudit audit;
    private final CurrentUserService users;
    private final CurrentAuthentication authentication;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ScreeningResultService(CaseFileRepository cases, AssessmentRecordRepository results, AssessmentRules rules,
            CaseAudit audit, CurrentUserService users, CurrentAuthentication authentication, Clock clock,
            ApplicationEventPublisher events) {
        this.cases = cases;
        this.results = results;
        this.rules = rules;
        this.audit = audit;
        this.users = users;
        this.authentication = authentication;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public ScreeningResult push(String caseNumber, @Nullable String onBehalfOf, AssessmentDraft draft) {
        AuditActor platform = platform();
        CurrentUser professional = professional(onBehalfOf);
        CaseFile caseFile = caseOnTeamOf(platform, professional, caseNumber);
        if (caseFile.isErased() || caseFile.isAnonymous()) {
            audit.onBehalf(platform, professional.username(), caseNumber, AuditAction.CREATE, OBJECT,
                    AuditOutcome.FAILED, CHECKS, caseFile.isErased() ? "erased" : "anonymous case");
            throw new InvalidInputException("case", caseFile.isErased() ? "case.erased" : "assessment.anonymous-case");
        }
        AssessmentDraft result = administeredBy(draft, professional);
        InstrumentVersionSummary version = rules.check(result, null, null);
        Instant now = clock.instant();
        AssessmentRecord recorded = results.save(new AssessmentRecord(caseFile, result, version, null, null,
                professional.displayName(), now));
        caseFile.addAssessment(recorded);
        caseFile.touch(professional.displayName(), now);
        caseFile.record(new CaseEvent(caseFile, now, professional.displayName(), "timeline.assessment-received",
                version.instrumentName(), version.label(), platform.username()));
        cases.saveAndFlush(caseFile);
        events.publishEvent(new AssessmentRecorded(recorded.getAdministeredOn(), caseFile.getMunicipalityCode(),
                caseFile.getType(), professional.discipline(), version.validated()));
        audit.onBehalf(platform, professional.username(), caseNumber, AuditAction.CREATE, OBJECT,
                AuditOutcome.SUCCESS, CHECKS, version.instrumentCode() + " " + version.label());
        return new ScreeningResult(caseNumber, recorded.requireId(), version.instrumentCode(), version.label(),
                version.id(), now, professional.username());
    }

    /**
     * The calling platform: a local service account, or a Keycloak client's service account (a
     * token without an account). A person who was given the role by mistake is refused.
     */
    private AuditActor platform() {
        Optional<CurrentUser> account = users.signedIn();
        if (account.isPresent() && !account.get().serviceAccount()) {
            throw new AccessDeniedException("screening results come from a service account only");
        }
        return account.map(CurrentUser::asActor).orElseGet(() -> new AuditActor(
                authentication.username().orElseThrow(), Role.SCREENING_PLATFORM.name(), null, "(service account)"));
    }

    /** A platform that does not say who administered the instrument: the professional it acts for. */
    private static AssessmentDraft administeredBy(AssessmentDraft draft, CurrentUser professional) {
        if (draft.administeredBy() != null && !draft.administeredBy().isBlank()) {
            return draft;
        }
        return new AssessmentDraft(draft.instrumentVersionId(), draft.administeredOn(), draft.respondent(),
                professional.displayName(), draft.domainValues(), draft.total(), draft.reportedRiskLevel(),
                draft.suggestedCarePathway(), draft.discussedWithClient());
    }

    private CurrentUser professional(@Nullable String username) {
        if (username == null || username.isBlank()) {
            throw new InvalidInputException(ON_BEHALF_OF_FIELD, "screening.on-behalf-of.required");
        }
        return users.enabledProfessional(username.strip())
                .orElseThrow(() -> new InvalidInputException(ON_BEHALF_OF_FIELD, "screening.on-behalf-of.unknown"));
    }

    private CaseFile caseOnTeamOf(AuditActor platform, CurrentUser professional, String caseNumber) {
        CaseFile caseFile = cases.findByCaseNumber(caseNumber).orElse(null);
        if (caseFile == null || !CaseGuard.isOnCareTeam(caseFile, professional.id())) {
            audit.onBehalf(platform, professional.username(), caseNumber, AuditAction.CREATE, OBJECT,
                    AuditOutcome.DENIED, CHECKS, caseFile == null ? "unknown case number" : "not on care team");
            throw new CaseNotAccessibleException(caseNumber);
        }
        return caseFile;
    }
}
