package nl.kansrijkestart.mdo.api;

import static nl.kansrijkestart.mdo.api.ETags.version;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import nl.kansrijkestart.mdo.cases.AssessmentService;
import nl.kansrijkestart.mdo.cases.CareTeamService;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.cases.ConsentService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases for EPD systems and signalling platforms. A read returns the case's version as ETag; every
 * change must send it back as If-Match, so a client never overwrites a change it has not seen.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "Register cases, record and withdraw consent, add instrument results, change the contact person")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
class CasesApi {

    private final CaseService cases;
    private final ConsentService consents;
    private final CareTeamService careTeam;
    private final AssessmentService assessments;

    CasesApi(CaseService cases, ConsentService consents, CareTeamService careTeam, AssessmentService assessments) {
        this.cases = cases;
        this.consents = consents;
        this.careTeam = careTeam;
        this.assessments = assessments;
    }

    @PostMapping
    @Operation(summary = "Register a case (the caller becomes care team and contact person)")
    ResponseEntity<CaseDetails> register(@RequestBody CaseRequest request) {
        CaseDetails created = cases.register(request.draft(),
                request.consent() == null ? null : request.consent().draft());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + created.caseNumber()))
                .eTag(etag(created)).body(created);
    }

    @GetMapping("/{caseNumber}")
    @Operation(summary = "Read a case on whose care team the caller is")
    ResponseEntity<CaseDetails> read(@PathVariable String caseNumber) {
        CaseDetails details = cases.open(caseNumber);
        return ResponseEntity.ok().eTag(etag(details)).body(details);
    }

    @PostMapping("/{caseNumber}/consents")
    @Operation(summary = "Record a consent or another legal basis")
    ResponseEntity<CaseDetails> recordConsent(@PathVariable String caseNumber,
            @Parameter(description = "ETag of the case as last read") @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody ConsentRequest request) {
        return changed(consents.record(caseNumber, version(ifMatch), request.draft()));
    }

    @PostMapping("/{caseNumber}/consents/{consentId}/withdrawal")
    @Operation(summary = "Withdraw a consent, today or as of an earlier date")
    ResponseEntity<CaseDetails> withdrawConsent(@PathVariable String caseNumber, @PathVariable long consentId,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch, @RequestBody(required = false) @Nullable
            WithdrawalRequest request) {
        LocalDate on = request == null ? null : request.withdrawnOn();
        return changed(consents.withdraw(caseNumber, version(ifMatch), consentId, on));
    }

    @PostMapping("/{caseNumber}/assessments")
    @Operation(summary = "Add a signalling-instrument result (validated against the instrument catalogue)")
    ResponseEntity<CaseDetails> addAssessment(@PathVariable String caseNumber,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch, @RequestBody AssessmentRequest request) {
        return changed(assessments.record(caseNumber, version(ifMatch), request.draft()));
    }

    @PostMapping("/{caseNumber}/assessments/{assessmentId}/corrections")
    @Operation(summary = "Correct a result: stores a new version with the reason; the earlier one stays as it was")
    ResponseEntity<CaseDetails> correctAssessment(@PathVariable String caseNumber, @PathVariable long assessmentId,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch, @RequestBody AssessmentRequest request) {
        return changed(assessments.correct(caseNumber, version(ifMatch), assessmentId, request.draft(),
                request.correctionReason()));
    }

    @PutMapping("/{caseNumber}/contact-person")
    @Operation(summary = "Hand the case to another care-team member as named contact person")
    ResponseEntity<CaseDetails> changeContactPerson(@PathVariable String caseNumber,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch, @RequestBody ContactPersonRequest request) {
        return changed(careTeam.changeContactPerson(caseNumber, version(ifMatch), request.userId()));
    }

    @GetMapping("/{caseNumber}/care-team")
    @Operation(summary = "The care team of a case: name, discipline, organisation, contact person (members only)")
    ApiPage<CaseDetails.TeamMember> careTeam(@PathVariable String caseNumber,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        ApiPage.check(page, size);
        return ApiPage.of(careTeam.members(caseNumber), page, size);
    }

    /**
     * The right to be forgotten, as the case page's erasure: identifying data and free text are
     * removed (also from agendas, notes and actions), the shell stays so past counts do not change.
     */
    @DeleteMapping("/{caseNumber}")
    @Operation(summary = "Erase a case's identifying data and free text (as the case page does); counts stay")
    ResponseEntity<CaseDetails> erase(@PathVariable String caseNumber,
            @Parameter(description = "ETag of the case as last read") @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody ErasureRequest request) {
        return changed(cases.erase(caseNumber, version(ifMatch), request.reason()));
    }

    private static ResponseEntity<CaseDetails> changed(CaseDetails details) {
        return ResponseEntity.ok().eTag(etag(details)).body(details);
    }

    private static String etag(CaseDetails details) {
        return ETags.of(details.version());
    }

    record WithdrawalRequest(@Nullable LocalDate withdrawnOn) {}

    record ContactPersonRequest(long userId) {}

    /** Why the case is erased, for the access log (no client-identifying text). */
    record ErasureRequest(@Nullable String reason) {}
}
