package nl.kansrijkestart.mdo.api;

import static nl.kansrijkestart.mdo.api.MeetingApiCalls.NEXT_WEEK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.LocalDate;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API reads exactly what it describes: a value of another JSON type, a padded enum name, a date
 * outside 1900–2100 or a path id that is not plain digits is refused with 400 naming the field and
 * why, in Dutch, and nothing is stored.
 */
@IntegrationTest
class StrictApiInputTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JsonMapper json;

    @Autowired
    private CurrentUserService users;

    @Autowired
    private JdbcTemplate jdbc;

    private static final LocalDate DUE = LocalDate.now().plusMonths(4);

    private MeetingApiCalls api;
    private StoredData stored;

    @BeforeEach
    void setUp() {
        api = new MeetingApiCalls(mvc, json, users);
        stored = new StoredData(jdbc);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "\"1\"", "\" FAMILY \"", "\"FAMILY\\u0000\"", "\"family\"", "\"\"", "true"})
    void aCaseTypeThatIsNotExactlyOneOfTheNamesIsRefusedNamingTheChoices(String type) throws Exception {
        refused(caseJson("\"type\": \"PREGNANCY\"", "\"type\": " + type), "type")
                .andExpect(jsonPath("$.errors[0].message").value("Kies precies een van: PREGNANCY, FAMILY."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"20270101", "\"9999-12-31\"", "\"1899-12-31\"", "\"+999999999-12-31\"", "\"2027-02-30\"",
        "\"01-05-2027\"", "\"\"", "[2027, 5, 1]"})
    void aDueDateThatIsNoDateBetween1900And2100IsRefused(String date) throws Exception {
        refused(caseJson("\"expectedDueDate\": \"" + DUE + "\"", "\"expectedDueDate\": " + date), "expectedDueDate")
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Vul een datum in als jjjj-mm-dd tussen 1900-01-01 en 2100-12-31."));
    }

    @Test
    void aConsentValidForCenturiesIsRefusedBeforeAnythingReachesTheDatabase() throws Exception {
        refused(caseJson("\"sharedDisciplines\"", "\"validUntil\": \"+999999999-12-31\", \"sharedDisciplines\""),
                "consent.validUntil");
        String thirtyYears = LocalDate.now().plusYears(30).toString();
        refused(caseJson("\"sharedDisciplines\"", "\"validUntil\": \"" + thirtyYears + "\", \"sharedDisciplines\""),
                "validUntil").andExpect(jsonPath("$.errors[0].message").value(
                        "Een toestemming geldt hoogstens 20 jaar vooruit; kies een eerdere einddatum of laat het veld leeg."));
    }

    @Test
    void numbersBooleansAndTextAreNotReadAsEachOther() throws Exception {
        refused(caseJson("\"parentBirthYear\": 1996", "\"parentBirthYear\": \"1996\""), "parentBirthYear")
                .andExpect(jsonPath("$.errors[0].message").value(containsString("geheel getal")));
        refused(caseJson("\"parentBirthYear\": 1996", "\"parentBirthYear\": 1996.5"), "parentBirthYear");
        refused(caseJson("\"anonymous\": false", "\"anonymous\": \"false\""), "anonymous");
        refused(caseJson("\"anonymous\": false", "\"anonymous\": 0"), "anonymous");
        refused(caseJson("\"initials\": \"S.I.\"", "\"initials\": 5"), "initials");
        refused(caseJson("\"factors\": [\"FINANCIAL_PROBLEMS\"]", "\"factors\": \"FINANCIAL_PROBLEMS\""), "factors");
    }

    @Test
    void nullInsideAListAndMissingSharedDisciplinesAreRefused() throws Exception {
        refused(caseJson("\"factors\": [\"FINANCIAL_PROBLEMS\"]", "\"factors\": [null]"), "factors.0");
        refused(caseJson("\"sharedDisciplines\": [\"MIDWIFE\"]", "\"sharedDisciplines\": null"), "sharedDisciplines")
                .andExpect(jsonPath("$.errors[0].message").value(containsString("lege lijst")));
        String before = stored.fingerprint();
        api.send("voorzitter", post("/api/v1/meetings"),
                        api.meetingJson(NEXT_WEEK).replace("\"participantIds\": []", "\"participantIds\": [null]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("participantIds.0"));
        assertThat(stored.fingerprint()).isEqualTo(before);
    }

    @Test
    void aRequiredPropertyGivenAsNullIsRefusedAsIfItWereMissing() throws Exception {
        String before = stored.fingerprint();
        api.send("voorzitter", post("/api/v1/meetings/series"),
                        "{\"meeting\": null, \"kind\": \"FIRST_WEEKDAY_OF_MONTH\", \"intervalWeeks\": 2, \"count\": 2}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("meeting"));
        api.send("voorzitter", post("/api/v1/meetings/series"),
                        "{\"meeting\": " + api.meetingJson(NEXT_WEEK) + ", \"kind\": null, \"intervalWeeks\": 2, \"count\": 2}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        assertThat(stored.fingerprint()).isEqualTo(before);
    }

    @Test
    void unknownAndRepeatedPropertiesAreRefused() throws Exception {
        refused(caseJson("\"anonymous\": false", "\"anonymous\": false, \"bsn\": \"123456782\""), "bsn")
                .andExpect(jsonPath("$.errors[0].code").value("api.field.unknown"));
        String before = stored.fingerprint();
        api.send("verloskundige", post("/api/v1/cases"), caseJson("\"anonymous\": false",
                "\"anonymous\": false, \"anonymous\": true")).andExpect(status().isBadRequest());
        assertThat(stored.fingerprint()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x1", "%2B1", "%D9%A1", "1.0", "%201", "-1", "1e3", "99999999999999999999", "abc"})
    void aMeetingIdThatIsNotPlainDigitsIsRefusedInsteadOfReadAsANumber(String id) throws Exception {
        api.send("voorzitter", get(URI.create("/api/v1/meetings/" + id)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("meetingId"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"+0\"", "\"0x0\"", "\"١\"", "\"0\", \"1\"", "\"0"})
    void anIfMatchThatIsNotOneVersionIsRefused(String ifMatch) throws Exception {
        long id = api.plan("voorzitter", NEXT_WEEK).get("id").asLong();
        api.send("voorzitter", post("/api/v1/meetings/" + id + "/cancellation").header("If-Match", ifMatch))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"));
        api.send("voorzitter", get("/api/v1/meetings/" + id)).andExpect(jsonPath("$.meeting.status").value("PLANNED"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%2B2025", "%D9%A2%D9%A0%D9%A2%D9%A5", "-2025", "2025.0"})
    void anIndicatorYearThatIsNotPlainDigitsIsRefused(String year) throws Exception {
        api.send("coordinator", get(URI.create("/api/v1/indicators/6?from=" + year)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    private ResultActions refused(String body, String field) throws Exception {
        String before = stored.fingerprint();
        ResultActions refused = api.send("verloskundige", post("/api/v1/cases"), body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field));
        assertThat(stored.fingerprint()).as("nothing stored").isEqualTo(before);
        return refused;
    }

    /** A valid named case with consent, with {@code original} replaced by {@code replacement}. */
    private static String caseJson(String original, String replacement) {
        String valid = """
                {"type": "PREGNANCY", "anonymous": false, "initials": "S.I.", "parentBirthYear": 1996,
                 "expectedDueDate": "%s", "municipalityCode": "GM0202", "question": "Zorgen om schulden.",
                 "factors": ["FINANCIAL_PROBLEMS"],
                 "consent": {"basis": "CONSENT", "givenOn": "%s", "form": "WRITTEN", "givenBy": "CLIENT",
                             "discussInMeeting": true, "parentsAttend": false, "contactOtherProfessionals": false,
                             "sharedDisciplines": ["MIDWIFE"]}}
                """.formatted(DUE, LocalDate.now());
        assertThat(valid).contains(original);
        return valid.replaceFirst(java.util.regex.Pattern.quote(original),
                java.util.regex.Matcher.quoteReplacement(replacement));
    }
}
