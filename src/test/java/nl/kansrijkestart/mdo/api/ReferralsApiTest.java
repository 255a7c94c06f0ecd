package nl.kansrijkestart.mdo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.meetings.MeetingScenarios;
import nl.kansrijkestart.mdo.offer.LocalOfferService;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * Referrals of a case and the local offer through the API, with the screens' rules: the care team
 * refers and moves a referral on with the version it read (412 on a stale one, 428 without), every
 * refusal names the field and stores nothing, a stranger gets 404 and is logged; the wegwijzers as
 * PDF. On PostgreSQL in a test context of its own, so no slice test empties the demo accounts.
 */
@IntegrationTest
@Tag("database")
@TestPropertySource(properties = "mdo.test.context=referral-api")
class ReferralsApiTest {

    /** A date the steps below send; the day the server stamps itself is checked against the request's day. */
    private final String today = LocalDate.now().toString();

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JsonMapper json;

    @Autowired
    private CurrentUserService users;

    @Autowired
    private MeetingScenarios scenarios;

    @Autowired
    private LocalOfferService offers;

    @Autowired
    private SignedIn signedIn;

    @Autowired
    private JdbcTemplate jdbc;

    private MeetingApiCalls api;

    @BeforeEach
    void setUp() {
        api = new MeetingApiCalls(mvc, json, users);
    }

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void theCareTeamRefersAndMovesTheReferralOnWithTheVersionItRead() throws Exception {
        String caseNumber = closedCase("A.R.");
        String referrals = "/api/v1/cases/" + caseNumber + "/referrals";

        LocalDate before = LocalDate.now();
        ResultActions created = api.send("verloskundige", post(referrals), referral(offer("STEVIG-OUDERSCHAP"),
                        api.idOf("verloskundige")))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.status").value("ADVISED"))
                .andExpect(jsonPath("$.referrerName").value("Marieke de Vries"));
        assertThat(LocalDate.parse(api.body(created).get("advisedOn").asString()))
                .as("advised on the day of the request, also across midnight")
                .isBetween(before, LocalDate.now());
        String one = created.andReturn().getResponse().getHeader("Location");
        assertThat(one).isEqualTo(referrals + "/" + api.body(created).get("id").asLong());
        api.send("voorzitter", get(referrals)).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].offerName").value("Stevig Ouderschap"));

        api.send("verloskundige", put(one + "/status"), step("REFERRED", today))
                .andExpect(status().isPreconditionRequired());
        api.send("verloskundige", put(one + "/status").header("If-Match", "\"0\""), step("REFERRED", today))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.referredOn").value(today));
        api.send("verloskundige", put(one + "/status").header("If-Match", "\"0\""), step("STARTED", today))
                .andExpect(status().isPreconditionFailed());
        api.send("verloskundige", get(one)).andExpect(header().string("ETag", "\"1\""));
        api.send("verloskundige", put(one + "/status").header("If-Match", "\"1\""), step("STARTED", today))
                .andExpect(status().isOk()).andExpect(jsonPath("$.startedOn").value(today));
        api.send("verloskundige", put(one + "/status").header("If-Match", "\"2\""), step("ENDED", today))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ENDED"));
    }

    @Test
    void theChairRefersInTheOutcomeOfTheRunningMeeting() throws Exception {
        MeetingScenarios.Running running = scenarios.running("A.S.");
        signedIn.nobody();

        api.send("voorzitter", post("/api/v1/cases/" + running.caseNumber() + "/referrals"), """
                {"agendaItemId": %d, "offerId": %d, "referrerUserId": %d}
                """.formatted(running.item().id(), offer("VOORZORG"), api.idOf("voorzitter")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.agendaItemId").value(running.item().id()))
                .andExpect(jsonPath("$.referrerName").value("Vera Voorzitter"));
    }

    @Test
    void invalidInputIsRefusedNamingTheFieldAndStoresNothing() throws Exception {
        String caseNumber = closedCase("A.T.");
        String referrals = "/api/v1/cases/" + caseNumber + "/referrals";
        long midwife = api.idOf("verloskundige");
        int before = referralsOf(caseNumber);

        refused(api.send("verloskundige", post(referrals), "{\"referrerUserId\": " + midwife + "}"), "offer");
        refused(api.send("verloskundige", post(referrals), referral(999_999, midwife)), "offer");
        refused(api.send("verloskundige", post(referrals), referral(offer("SOCIAAL-TEAM-GM0228"), midwife)), "offer");
        refused(api.send("verloskundige", post(referrals), referral(offer("VOORZORG"), api.idOf("gynaecoloog"))),
                "referrer");
        refused(api.send("verloskundige", post(referrals), """
                {"offerId": %d, "referrerUserId": %d, "remark": "onbekend veld"}
                """.formatted(offer("VOORZORG"), midwife)), "remark");
        assertThat(referralsOf(caseNumber)).isEqualTo(before);

        String one = api.send("verloskundige", post(referrals), referral(offer("VOORZORG"), midwife))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        refused(api.send("verloskundige", put(one + "/status").header("If-Match", "\"0\""), step("STARTED", today)),
                "status");
        refused(api.send("verloskundige", put(one + "/status").header("If-Match", "\"0\""),
                step("REFERRED", LocalDate.now().plusDays(1).toString())), "date");
        refused(api.send("verloskundige", put(one + "/status").header("If-Match", "\"0\""),
                "{\"status\": \"DECLINED\", \"date\": \"" + today + "\"}"), "reason");
        refused(api.send("verloskundige", put(one + "/status").header("If-Match", "\"0\""), step("STOPPED", today)),
                "status");
        api.send("verloskundige", get(one)).andExpect(jsonPath("$.status").value("ADVISED"))
                .andExpect(header().string("ETag", "\"0\""));
    }

    @Test
    void aStrangerGetsNotFoundAndIsLoggedAndOtherRolesAreForbidden() throws Exception {
        String caseNumber = closedCase("A.U.");
        String referrals = "/api/v1/cases/" + caseNumber + "/referrals";
        String one = api.send("verloskundige", post(referrals), referral(offer("VOORZORG"), api.idOf("verloskundige")))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        int denied = denied(caseNumber);

        api.send("gynaecoloog", get(referrals)).andExpect(status().isNotFound());
        api.send("gynaecoloog", get(one)).andExpect(status().isNotFound());
        api.send("gynaecoloog", post(referrals), referral(offer("VOORZORG"), api.idOf("gynaecoloog")))
                .andExpect(status().isNotFound());
        api.send("gynaecoloog", put(one + "/status").header("If-Match", "\"0\""), step("REFERRED", today))
                .andExpect(status().isNotFound());
        api.send("gynaecoloog", get("/api/v1/cases/" + caseNumber + "/wegwijzer").accept(MediaType.APPLICATION_PDF))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("api.case-not-found"));
        assertThat(denied(caseNumber)).isGreaterThanOrEqualTo(denied + 5);

        api.send("coordinator", get(referrals)).andExpect(status().isForbidden());
        api.send("admin", get("/api/v1/cases/" + caseNumber + "/wegwijzer")).andExpect(status().isForbidden());

        String otherCase = closedCase("A.V.");
        api.send("verloskundige", put("/api/v1/cases/" + otherCase + "/referrals/" + one.substring(one.lastIndexOf('/')
                        + 1) + "/status").header("If-Match", "\"0\""), step("REFERRED", today))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("api.referral-not-found"));
        api.send("verloskundige", get(referrals + "/999999")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("api.referral-not-found"));
    }

    @Test
    void theLocalOfferIsFilteredByMunicipalityDayPhaseAndRiskFactor() throws Exception {
        api.send("coordinator", get("/api/v1/offers").param("municipality", "GM0202").param("size", "200"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].code").value(hasItem("STEVIG-OUDERSCHAP")))
                .andExpect(jsonPath("$.items[*].code").value(hasItem("SOCIAAL-TEAM-GM0202")))
                .andExpect(jsonPath("$.items[*].code").value(not(hasItem("SOCIAAL-TEAM-GM0228"))));
        api.send("jgz", get("/api/v1/offers").param("municipality", "GM0299").param("on", "2026-01-01")
                        .param("size", "200"))
                .andExpect(jsonPath("$.items[*].code").value(not(hasItem("CENTERING-ARNHEM"))));
        api.send("jgz", get("/api/v1/offers").param("municipality", "GM0202").param("phase", "PREGNANCY")
                        .param("size", "200"))
                .andExpect(jsonPath("$.items[*].code").value(hasItem("JGZ-PRENATAAL")))
                .andExpect(jsonPath("$.items[*].code").value(hasItem("STEVIG-OUDERSCHAP")))
                .andExpect(jsonPath("$.items[*].code").value(not(hasItem("KRAAMZORG"))));
        api.send("jgz", get("/api/v1/offers").param("riskFactor", "FINANCIAL_PROBLEMS").param("size", "200"))
                .andExpect(jsonPath("$.items[*].code").value(hasItem("SCHULDHULP-GM0202")))
                .andExpect(jsonPath("$.items[*].code").value(not(hasItem("VOORZORG"))));

        refused(api.send("jgz", get("/api/v1/offers").param("riskFactor", "MOTIVATION")), "riskFactor");
        refused(api.send("jgz", get("/api/v1/offers").param("municipality", "GM9999")), "municipality");
        refused(api.send("jgz", get("/api/v1/offers").param("phase", "LATER")), "phase");

        long stevig = offer("STEVIG-OUDERSCHAP");
        api.send("admin", get("/api/v1/offers/" + stevig)).andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.phone").value("088 355 0102"));
        api.send("admin", get("/api/v1/offers/999999")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/offers")).andExpect(status().isUnauthorized());
    }

    @Test
    void theWegwijzersComeAsPdfAndEachDownloadIsAnExport() throws Exception {
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE object = 'wegwijzer' AND action ="
                + " 'EXPORT' AND username = 'jgz'", Integer.class);
        byte[] municipal = api.send("jgz", get("/api/v1/offers/wegwijzer/gm0202"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"wegwijzer-gm0202.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(text(municipal)).contains("Wegwijzer voor ouders in Arnhem", "Stevig Ouderschap");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE object = 'wegwijzer' AND action ="
                + " 'EXPORT' AND username = 'jgz'", Integer.class)).isEqualTo(before + 1);
        api.send("jgz", get("/api/v1/offers/wegwijzer/GM9999").accept(MediaType.APPLICATION_PDF))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        String caseNumber = closedCase("A.W.");
        api.send("verloskundige", post("/api/v1/cases/" + caseNumber + "/referrals"),
                referral(offer("STEVIG-OUDERSCHAP"), api.idOf("verloskundige"))).andExpect(status().isCreated());
        byte[] handOver = api.send("verloskundige", get("/api/v1/cases/" + caseNumber + "/wegwijzer"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(text(handOver)).contains("Marieke de Vries", "Bel: 026 000 4103", "Stevig Ouderschap")
                .doesNotContain(caseNumber, "A.W.", "Financiële problemen");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE object = 'wegwijzer' AND action ="
                + " 'EXPORT' AND case_number = ?", Integer.class, caseNumber)).isEqualTo(1);
        api.send("voorzitter", get("/api/v1/cases/" + caseNumber + "/wegwijzer")).andExpect(status().isNotFound());
    }

    @Test
    void theOpenApiDocumentDescribesTheOfferReferralAndWegwijzerOperations() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/offers'].get.parameters[*].name")
                        .value(org.hamcrest.Matchers.hasItems("municipality", "on", "phase", "riskFactor")))
                .andExpect(jsonPath("$.paths['/api/v1/offers/wegwijzer/{municipalityCode}'].get.responses['200']"
                        + ".content['application/pdf']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{caseNumber}/wegwijzer'].get.responses['200']"
                        + ".content['application/pdf']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{caseNumber}/referrals'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{caseNumber}/referrals/{referralId}/status'].put"
                        + ".responses['428']").exists())
                .andExpect(jsonPath("$.components.schemas.StatusRequest.properties.date").exists());
    }

    private static void refused(ResultActions answer, String field) throws Exception {
        answer.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem(field)));
    }

    private static String referral(long offerId, long referrerUserId) {
        return "{\"offerId\": " + offerId + ", \"referrerUserId\": " + referrerUserId + "}";
    }

    private static String step(String status, String date) {
        return "{\"status\": \"" + status + "\", \"date\": \"" + date + "\"}";
    }

    private String closedCase(String initials) {
        String caseNumber = scenarios.closed(initials, "Steun bij het ouderschap.").caseNumber();
        signedIn.nobody();
        return caseNumber;
    }

    private long offer(String code) {
        signedIn.as("jgz");
        try {
            return offers.offers().stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow().id();
        } finally {
            signedIn.nobody();
        }
    }

    private int referralsOf(String caseNumber) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM referral WHERE case_number = ?", Integer.class, caseNumber);
    }

    private int denied(String caseNumber) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE case_number = ? AND outcome = 'DENIED'",
                Integer.class, caseNumber);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
