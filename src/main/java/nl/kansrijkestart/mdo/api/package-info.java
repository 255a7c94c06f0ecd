/**
 * The versioned REST API under {@code /api/v1} for EPD systems and signalling platforms: thin
 * controllers over the module services, so the same access rules and the same access log apply.
 * Described with OpenAPI at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}).
 */
@NullMarked
@ApplicationModule(displayName = "REST API", allowedDependencies = {
        "shared",
        "shared :: *",
        "identity",
        "reference",
        "cases",
        "meetings",
        "indicators",
        "indicators :: report",
        "offer",
        "audit"})
package nl.kansrijkestart.mdo.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
