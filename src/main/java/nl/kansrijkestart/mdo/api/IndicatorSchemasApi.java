package nl.kansrijkestart.mdo.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON Schema (draft 2020-12) of each indicator feed's JSON, for the monitoring partner's
 * systems to validate what they receive. The files under {@code api/schemas/} are the ones the
 * tests validate every kind of feed answer against; they hold no data, but are guarded like the
 * feeds they describe.
 */
@RestController
@Tag(name = "Indicator schemas", description = "JSON Schema documents of the indicator feeds")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasRole('COORDINATOR')")
class IndicatorSchemasApi {

    static final String SCHEMA_JSON = "application/schema+json";
    static final String LOCATION = "api/schemas/";

    @GetMapping(path = "/api/v1/indicators/7/schema", produces = SCHEMA_JSON)
    @Operation(summary = "JSON Schema of the indicator 7 feed (COORDINATOR only)")
    Resource counts() {
        return new ClassPathResource(LOCATION + "indicator-7.schema.json");
    }

    @GetMapping(path = {"/api/v1/indicators/6/schema", "/api/v1/indicators/10/schema"}, produces = SCHEMA_JSON)
    @Operation(summary = "JSON Schema of the indicator 6 and 10 feeds (COORDINATOR only)")
    Resource shares() {
        return new ClassPathResource(LOCATION + "indicator-share.schema.json");
    }

    @GetMapping(path = "/api/v1/indicators/12/schema", produces = SCHEMA_JSON)
    @Operation(summary = "JSON Schema of the indicator 12 feed (COORDINATOR only)")
    Resource days() {
        return new ClassPathResource(LOCATION + "indicator-12.schema.json");
    }

    @GetMapping(path = "/api/v1/indicators/8/schema", produces = SCHEMA_JSON)
    @Operation(summary = "JSON Schema of the indicator 8 feed, support started per kind and phase (COORDINATOR only)")
    Resource starts() {
        return new ClassPathResource(LOCATION + "indicator-8.schema.json");
    }

    @GetMapping(path = "/api/v1/indicators/12-support/schema", produces = SCHEMA_JSON)
    @Operation(summary = "JSON Schema of the indicator 12-support feed, days to the first support by the social team or"
            + " CJG (COORDINATOR only)")
    Resource supportDays() {
        return new ClassPathResource(LOCATION + "indicator-12-support.schema.json");
    }
}
