package nl.kansrijkestart.mdo.indicators.report;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.reference.MunicipalitySummary;

/**
 * What an edition is about: a region (with the member municipalities the coordinator may see,
 * each a row of the tables) or one municipality, and a range of years.
 */
record EditionArea(String code, String name, boolean region, int fromYear, int toYear,
        List<MunicipalitySummary> members) {

    /** How many years before the range the report looks for imported figures. */
    static final int HISTORY_YEARS = 10;

    EditionArea {
        members = List.copyOf(members);
    }

    int historyFrom() {
        return fromYear - HISTORY_YEARS;
    }

    Set<String> memberCodes() {
        return members.stream().map(MunicipalitySummary::code).collect(Collectors.toUnmodifiableSet());
    }

    Map<String, String> memberNames() {
        return members.stream().collect(Collectors.toUnmodifiableMap(MunicipalitySummary::code,
                MunicipalitySummary::name));
    }
}
