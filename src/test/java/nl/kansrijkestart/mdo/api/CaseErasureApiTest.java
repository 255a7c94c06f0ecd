package nl.kansrijkestart.mdo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.meetings.ActionDraft;
import nl.kansrijkestart.mdo.meetings.ActionService;
import nl.kansrijkestart.mdo.meetings.FollowUp;
import nl.kansrijkestart.mdo.meetings.MeetingScenarios;
import nl.kansrijkestart.mdo.meetings.MeetingScenarios.Running;
import nl.kansrijkestart.mdo.meetings.NotesService;
import nl.kansrijkestart.mdo.meetings.OutcomeDraft;
import nl.kansrijkestart.mdo.meetings.OutcomeService;
import nl.kansrijkestart.mdo.meetings.OutcomeStatus;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.shared.audit.AuditEvent;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * DELETE /api/v1/cases/{n} does what the case page's erasure does: two cases with the same history,
 * one erased through the API and one through the service the case page calls, leave the same rows.
 */
@IntegrationTest
@RecordApplicationEvents
class CaseErasureApiTest {

    /** Keys, times and numbers that differ between any two cases; everything else must be equal. */
    private static final Pattern INCIDENTAL = Pattern.compile(
            "id|.*_id|version|case_number|.*_at|.*_on|.*_date|.*_time|starts_at|token|position|key|last_changed_by");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private MeetingScenarios scenarios;

    @Autowired
    private NotesService notes;

    @Autowired
    private ActionService actions;

    @Autowired
    private OutcomeService outcomes;

    @Autowired
    private CaseService cases;

    @Autowired
    private SignedIn signedIn;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ApplicationEvents events;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void erasureThroughTheApiLeavesTheSameRowsAsErasureOnTheCasePage() throws Exception {
        Running byApi = discussed("E.A.");
        Running onScreen = discussed("E.B.");

        signedIn.as("verloskundige");
        cases.erase(onScreen.caseNumber(), cases.open(onScreen.caseNumber()).version(), "Verzoek van cliënte");
        long version = cases.open(byApi.caseNumber()).version();
        signedIn.nobody();
        mvc.perform(delete("/api/v1/cases/" + byApi.caseNumber()).with(httpBasic("verloskundige", "demo"))
                        .header("If-Match", ETags.of(version)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Verzoek van cliënte\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", ETags.of(version + 1)))
                .andExpect(jsonPath("$.erased").value(true))
                .andExpect(jsonPath("$.initials").doesNotExist());

        assertThat(rows(byApi.caseNumber())).isEqualTo(rows(onScreen.caseNumber()));
        assertThat(rows(byApi.caseNumber()).get("case_file").getFirst()).containsEntry("INITIALS", null);
        assertThat(events.stream(AuditEvent.class)).anyMatch(e -> byApi.caseNumber().equals(e.caseNumber())
                && e.action() == AuditAction.DELETE && "case-identifying-data".equals(e.object())
                && "Verzoek van cliënte".equals(e.detail()));
    }

    @Test
    void erasureNeedsTheVersionAndAReasonAndOnlyTheCareTeamMayErase() throws Exception {
        Running running = scenarios.running("E.C.", "jgz");
        String path = "/api/v1/cases/" + running.caseNumber();
        String reason = "{\"reason\": \"Einde bewaartermijn\"}";
        mvc.perform(delete(path).with(httpBasic("verloskundige", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(reason)).andExpect(status().isPreconditionRequired());
        mvc.perform(delete(path).with(httpBasic("verloskundige", "demo")).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        for (String stranger : new String[] {"jgz", "voorzitter", "huisarts"}) {
            mvc.perform(delete(path).with(httpBasic(stranger, "demo")).header("If-Match", "\"0\"")
                    .contentType(MediaType.APPLICATION_JSON).content(reason)).andExpect(status().isNotFound());
        }
        for (String role : new String[] {"coordinator", "admin", "indicator-feed", "screening-platform"}) {
            mvc.perform(delete(path).with(httpBasic(role, "demo")).header("If-Match", "\"0\"")
                    .contentType(MediaType.APPLICATION_JSON).content(reason)).andExpect(status().isForbidden());
        }
        mvc.perform(delete(path).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content(reason))
                .andExpect(status().isUnauthorized());
        mvc.perform(get(path).with(httpBasic("verloskundige", "demo"))).andExpect(jsonPath("$.erased").value(false));
    }

    /** Discussed in a running meeting, with notes, an action and an outcome about the client. */
    private Running discussed(String initials) {
        Running running = scenarios.running(initials, "jgz");
        long item = running.item().id();
        notes.save(item, null, "Mevrouw " + initials + " woont bij haar moeder.");
        actions.agree(item, new ActionDraft("Huisbezoek bij " + initials, null, "Kraamzorg Het Nest",
                LocalDate.now().plusDays(14)));
        outcomes.record(item, null, new OutcomeDraft(OutcomeStatus.DISCUSSED, initials + " krijgt kraamzorg.",
                FollowUp.NONE, null));
        signedIn.nobody();
        return running;
    }

    /** Every row about the case in the tables of cases and meetings, without its incidental keys and times. */
    private Map<String, List<Map<String, Object>>> rows(String caseNumber) {
        long caseId = jdbc.queryForObject("SELECT id FROM case_file WHERE case_number = ?", Long.class, caseNumber);
        Map<String, List<Map<String, Object>>> all = new TreeMap<>();
        all.put("case_file", clean(jdbc.queryForList("SELECT * FROM case_file WHERE id = ?", caseId)));
        for (String table : List.of("case_factor", "case_consent", "case_care_team", "case_contact", "case_event",
                "case_assessment", "case_network_member", "case_counting_token")) {
            all.put(table, clean(jdbc.queryForList("SELECT * FROM " + table + " WHERE case_id = ?",
                    caseId)));
        }
        all.put("agenda_item", clean(jdbc.queryForList("SELECT * FROM agenda_item WHERE case_number = ?", caseNumber)));
        for (String table : List.of("agenda_outcome", "agenda_action", "agenda_note")) {
            all.put(table, clean(jdbc.queryForList("SELECT t.* FROM " + table
                    + " t JOIN agenda_item a ON a.id = t.agenda_item_id WHERE a.case_number = ?", caseNumber)));
        }
        return all;
    }

    private static List<Map<String, Object>> clean(List<Map<String, Object>> rows) {
        List<Map<String, Object>> cleaned = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> kept = new TreeMap<>();
            row.forEach((column, value) -> {
                if (!INCIDENTAL.matcher(column.toLowerCase(Locale.ROOT)).matches()) {
                    kept.put(column.toUpperCase(Locale.ROOT), value);
                }
            });
            cleaned.add(kept);
        }
        cleaned.sort(Comparator.comparing(Object::toString));
        return cleaned;
    }
}
