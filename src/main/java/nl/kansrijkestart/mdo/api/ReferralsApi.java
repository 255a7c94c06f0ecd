package nl.kansrijkestart.mdo.api;

import static nl.kansrijkestart.mdo.api.ETags.version;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import nl.kansrijkestart.mdo.meetings.HandOverService;
import nl.kansrijkestart.mdo.meetings.Referral;
import nl.kansrijkestart.mdo.meetings.ReferralService;
import nl.kansrijkestart.mdo.meetings.ReferralStatus;
import nl.kansrijkestart.mdo.shared.InputRules;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * Referrals of a case to the local offer, as on the screens: the care team (and a chair with the
 * case on her agenda) reads them and moves them on; the care team records one afterwards, the
 * chair in a running meeting's outcome. A referral read returns its version as ETag; a status change
 * must send it back as If-Match. And the case's wegwijzer for the parents (PDF), for its care team.
 * Anyone else gets 404 as for an unknown case; every read, change and download is in the access log.
 */
@RestController
@RequestMapping("/api/v1/cases/{caseNumber}")
@Tag(name = "Referrals", description = "Referrals of a case to the local offer, their status, the wegwijzer for"
        + " the parents")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
class ReferralsApi {

    private final ReferralService referrals;
    private final HandOverService handOver;

    ReferralsApi(ReferralService referrals, HandOverService handOver) {
        this.referrals = referrals;
        this.handOver = handOver;
    }

    @GetMapping("/referrals")
    @Operation(summary = "The referrals of a case, as advised (oldest first), with status and dates")
    ApiPage<Referral> list(@PathVariable String caseNumber, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        ApiPage.check(page, size);
        return ApiPage.of(referrals.ofCase(caseNumber), page, size);
    }

    @GetMapping("/referrals/{referralId}")
    @Operation(summary = "One referral of a case; its ETag is the version a status change sends as If-Match")
    ResponseEntity<Referral> read(@PathVariable String caseNumber, @PathVariable long referralId) {
        Referral referral = referrals.ofCase(caseNumber).stream().filter(r -> r.id() == referralId).findFirst()
                .orElseThrow(() -> new InvalidInputException("referral", "referral.unknown"));
        return ResponseEntity.ok().eTag(ETags.of(referral.version())).body(referral);
    }

    @PostMapping("/referrals")
    @Operation(summary = "Refer the case to a service offered in its municipality: by a care-team member (dated"
            + " today), or with agendaItemId by the chair of a running meeting in the item's outcome")
    ResponseEntity<Referral> create(@PathVariable String caseNumber, @RequestBody ReferralRequest request) {
        InputRules.check().required("offer", request.offerId()).required("referrer", request.referrerUserId())
                .throwIfInvalid();
        Referral created = referrals.create(caseNumber, request.agendaItemId(), request.offerId(),
                request.referrerUserId());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseNumber + "/referrals/" + created.id()))
                .eTag(ETags.of(created.version())).body(created);
    }

    @PutMapping("/referrals/{referralId}/status")
    @Operation(summary = "Move a referral one step on: ADVISED → REFERRED → STARTED (with the start date) → ENDED,"
            + " or DECLINED by the client (from ADVISED or REFERRED) with a reason")
    ResponseEntity<Referral> move(@PathVariable String caseNumber, @PathVariable long referralId,
            @Parameter(description = "ETag of the referral as last read") @RequestHeader(HttpHeaders.IF_MATCH)
            String ifMatch, @RequestBody StatusRequest request) {
        Referral moved = referrals.move(caseNumber, referralId, version(ifMatch), request.status(), request.date(),
                request.reason());
        return ResponseEntity.ok().eTag(ETags.of(moved.version())).body(moved);
    }

    @GetMapping(value = "/wegwijzer", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The case's wegwijzer for the parents: the agreed support (advised, referred or started)"
            + " with contacts, and the contact person's name and phone; no risk factors, meeting text or case"
            + " number. For the care team; logged as an export of the case",
            responses = @ApiResponse(responseCode = "200", description = "The PDF",
                    content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                            schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> wegwijzer(@PathVariable String caseNumber, HttpServletRequest request)
            throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        handOver.write(caseNumber, ApiProblems.locale(request), pdf);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("wegwijzer-afspraken.pdf").build().toString())
                .body(pdf.toByteArray());
    }

    @Schema(description = "To which service (an id from /api/v1/offers), who refers (a care-team member's user id),"
            + " and in which meeting item's outcome (only the chair of a running meeting; leave out afterwards)."
            + " Refusals name the fields offer, referrer and case")
    record ReferralRequest(@Schema(example = "12") @Nullable Long agendaItemId,
            @Schema(example = "2") @Nullable Long offerId, @Schema(example = "5") @Nullable Long referrerUserId) {}

    @Schema(description = "The next status, the day it happened (not in the future, not before the referral or its"
            + " start) and, for DECLINED, the client's reason")
    record StatusRequest(@Schema(example = "REFERRED") @Nullable ReferralStatus status,
            @Schema(example = "2026-12-07") @Nullable LocalDate date,
            @Schema(example = "De ouders willen eerst zelf bellen.") @Nullable String reason) {}
}
