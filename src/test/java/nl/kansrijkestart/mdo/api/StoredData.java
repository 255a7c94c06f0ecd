package nl.kansrijkestart.mdo.api;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fingerprint of everything the application stores for its users: the number of rows of each
 * table and, where rows carry a version, the sum of their versions. A refused request leaves it
 * unchanged; a half-written record (a row added, a version raised) changes it. The access log and the
 * accounts (sign-ins are recorded there) are left out: they change with every request by design.
 */
final class StoredData {

    private static final List<String> TABLES = List.of("organisation", "municipality", "region",
            "region_municipality", "user_role", "user_municipality_scope", "instrument", "instrument_version",
            "instrument_domain", "case_file", "case_factor", "case_consent", "case_consent_discipline",
            "case_care_team", "case_contact", "case_event", "case_assessment", "case_assessment_value",
            "case_network_member", "case_counting_token", "case_first_discussion", "meeting",
            "meeting_participant", "meeting_guest", "agenda_item", "agenda_outcome", "agenda_action", "agenda_note",
            "agenda_addendum", "counting_event", "counting_event_region", "assessment_fact", "discussion_fact",
            "first_discussion_fact");

    private static final List<String> VERSIONED = List.of("organisation", "municipality", "region", "instrument",
            "instrument_version", "instrument_domain", "case_file", "case_consent", "case_care_team", "case_contact",
            "case_event", "case_assessment", "case_network_member", "meeting", "agenda_item", "agenda_outcome",
            "agenda_action", "agenda_note", "agenda_addendum");

    private static final String QUERY = TABLES.stream()
            .map(table -> "SELECT '" + table + "' AS t, COUNT(*) AS n, "
                    + (VERSIONED.contains(table) ? "COALESCE(SUM(version), 0)" : "0") + " AS v FROM " + table)
            .collect(Collectors.joining(" UNION ALL ")) + " ORDER BY t";

    private final JdbcTemplate jdbc;

    StoredData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One line per table: {@code name rows versions}. */
    String fingerprint() {
        return jdbc.query(QUERY, (row, i) -> row.getString(1) + " " + row.getLong(2) + " " + row.getLong(3))
                .stream().collect(Collectors.joining("\n"));
    }
}
