package nl.kansrijkestart.mdo.api;

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
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Predicate;
import nl.kansrijkestart.mdo.cases.Factor;
import nl.kansrijkestart.mdo.offer.LocalOfferService;
import nl.kansrijkestart.mdo.offer.OfferPhase;
import nl.kansrijkestart.mdo.offer.OfferSummary;
import nl.kansrijkestart.mdo.offer.WegwijzerPdf;
import nl.kansrijkestart.mdo.reference.MunicipalityService;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The local offer (sociale kaart) as the screens read it: for every signed-in caller, no case data.
 * The wegwijzer of a municipality is its printable form for parents; each download is an export in
 * the access log (by the offer module's service), a read of the list is not personal data and not logged.
 */
@RestController
@RequestMapping("/api/v1/offers")
@Tag(name = "Local offer", description = "The services a meeting can refer to, per municipality, and the wegwijzer")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
class OfferApi {

    static final MediaType PDF = MediaType.APPLICATION_PDF;

    private final LocalOfferService offers;
    private final MunicipalityService municipalities;
    private final WegwijzerPdf wegwijzer;
    private final Clock clock;

    OfferApi(LocalOfferService offers, MunicipalityService municipalities, WegwijzerPdf wegwijzer, Clock clock) {
        this.offers = offers;
        this.municipalities = municipalities;
        this.wegwijzer = wegwijzer;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The services of the local offer by name, filtered by municipality and day, phase and risk"
            + " factor")
    ApiPage<OfferSummary> offers(
            @Parameter(description = "only services offered in this municipality (CBS code) on the day `on`")
            @RequestParam(required = false) @Nullable String municipality,
            @Parameter(description = "only services offered on this day (YYYY-MM-DD; default today when a"
                    + " municipality is given, otherwise no limit)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
            @Parameter(description = "only services meant for this phase; BOTH counts for either phase")
            @RequestParam(required = false) @Nullable OfferPhase phase,
            @Parameter(description = "only services that address this risk factor")
            @RequestParam(required = false) @Nullable Factor riskFactor,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        ApiPage.check(page, size);
        if (riskFactor != null && riskFactor.kind() == Factor.Kind.PROTECTIVE) {
            throw new InvalidInputException("riskFactor", "offer.factors.risk-only");
        }
        Predicate<OfferSummary> where = where(municipality, on);
        return ApiPage.of(offers.offers().stream()
                .filter(where)
                .filter(offer -> phase == null || offer.phase() == phase
                        || (phase != OfferPhase.BOTH && offer.phase() == OfferPhase.BOTH))
                .filter(offer -> riskFactor == null || offer.factors().contains(riskFactor))
                .sorted(Comparator.comparing(OfferSummary::name).thenComparing(OfferSummary::code))
                .toList(), page, size);
    }

    @GetMapping("/{offerId}")
    @Operation(summary = "One service with its contacts for parents, risk factors and availability per municipality")
    ResponseEntity<OfferSummary> offer(@PathVariable long offerId) {
        OfferSummary offer = offers.offers().stream().filter(o -> o.id() == offerId).findFirst()
                .orElseThrow(ReferenceApi.ReferenceNotFoundException::new);
        return ResponseEntity.ok().eTag(ETags.of(offer.version())).body(offer);
    }

    @GetMapping(value = "/wegwijzer/{municipalityCode}", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The wegwijzer for parents of a municipality: the services offered there today, as a"
            + " one-page PDF in plain Dutch; no case data. Logged as an export",
            responses = @ApiResponse(responseCode = "200", description = "The PDF",
                    content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                            schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> wegwijzer(@PathVariable String municipalityCode, HttpServletRequest request)
            throws IOException {
        String code = municipalityCode.strip().toUpperCase(Locale.ROOT);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            wegwijzer.municipal(code, ApiProblems.locale(request), pdf);
        } catch (InvalidInputException unknownMunicipality) {
            throw new ReferenceApi.ReferenceNotFoundException();
        }
        return ResponseEntity.ok().contentType(PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(WegwijzerPdf.fileName(code)).build().toString())
                .body(pdf.toByteArray());
    }

    private Predicate<OfferSummary> where(@Nullable String municipality, @Nullable LocalDate on) {
        if (municipality != null) {
            String code = municipality.strip().toUpperCase(Locale.ROOT);
            if (municipalities.municipalities().stream().noneMatch(m -> m.code().equals(code))) {
                throw new InvalidInputException("municipality", "municipality.unknown");
            }
            LocalDate day = on != null ? on : LocalDate.now(clock);
            return offer -> offer.availableIn(code, day);
        }
        if (on != null) {
            return offer -> offer.availability().stream().anyMatch(a -> a.covers(a.municipalityCode(), on));
        }
        return offer -> true;
    }
}
