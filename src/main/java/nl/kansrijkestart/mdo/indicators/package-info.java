/**
 * Indicators: anonymous counting events of discussed cases (indicator 7) and their aggregation.
 * Counting events are stored apart from case identity; a random per-case-per-year token from the
 * cases module allows distinct-case counts without knowing the case.
 */
@NullMarked
@ApplicationModule(displayName = "Indicators", allowedDependencies = {
        "shared",
        "shared :: *",
        "identity",
        "reference",
        "meetings",
        "cases",
        "cases :: meeting-access",
        "offer"})
package nl.kansrijkestart.mdo.indicators;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
