package nl.kansrijkestart.mdo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kansrijkestart.mdo.reference.InstrumentCatalogue;
import nl.kansrijkestart.mdo.reference.InstrumentSummary;
import nl.kansrijkestart.mdo.reference.InstrumentVersionSummary;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.shared.audit.AuditEvent;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API through the real security filter chain, with HTTP Basic and the demo accounts. */
@IntegrationTest
@RecordApplicationEvents
class CasesApiTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JsonMapper json;

    @Autowired
    private ApplicationEvents events;

    @Autowired
    private InstrumentCatalogue catalogue;

    @Autowired
    private SignedIn signedIn;

    @Test
    void aProfessionalRegistersAndReadsACaseWithItsVersionAsETag() throws Exception {
        MvcResult created = mvc.perform(post("/api/v1/cases").with(httpBasic("verloskundige", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(namedCase("A.P.")))
                .andExpect(status().isCreated())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.consentState").value("ACTIVE"))
                .andReturn();
        String number = body(created).get("caseNumber").asString();
        assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/cases/" + number);

        mvc.perform(get("/api/v1/cases/" + number).with(httpBasic("verloskundige", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", created.getResponse().getHeader("ETag")))
                .andExpect(jsonPath("$.initials").value("A.P."));
        assertThat(events.stream(AuditEvent.class)
                .filter(e -> number.equals(e.caseNumber()) && e.action() == AuditAction.READ)).hasSize(1);
    }

    @Test
    void someoneElsesCaseIsNotFoundAndACoordinatorIsForbidden() throws Exception {
        String number = register("B.P.");
        mvc.perform(get("/api/v1/cases/" + number).with(httpBasic("huisarts", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                .andExpect(jsonPath("$.detail").value("Deze casus bestaat niet, of u staat niet in het zorgteam."));
        mvc.perform(get("/api/v1/cases/" + number).with(httpBasic("coordinator", "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void withoutValidCredentialsTheApiAnswersUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/cases/KS-AAAA-AAAA")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"MDO Kansrijke Start\""));
        mvc.perform(get("/api/v1/cases/KS-AAAA-AAAA").with(httpBasic("verloskundige", "fout")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/cases/KS-AAAA-AAAA").with(httpBasic("uitgeschakeld", "demo")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void malformedJsonUnknownFieldsAndWrongTypesAreRefusedWithTheFieldAndNothingIsStored() throws Exception {
        int before = myCaseCount();
        send(post("/api/v1/cases"), "{\"type\": \"PREGNANCY\", ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Onleesbaar verzoek"));
        send(post("/api/v1/cases"), namedCase("C.P.").replace("\"anonymous\"", "\"bsn\": \"123456782\", \"anonymous\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("bsn"));
        send(post("/api/v1/cases"), namedCase("C.P.").replace("\"parentBirthYear\": 1996", "\"parentBirthYear\": \"oud\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parentBirthYear"));
        send(post("/api/v1/cases"), namedCase("C.P.").replace("Zorgen om schulden.", "x".repeat(2001)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("question"))
                .andExpect(jsonPath("$.errors[0].message").value("Maximaal 2.000 tekens."));
        assertThat(myCaseCount()).isEqualTo(before);
    }

    @Test
    void aChangeNeedsTheCurrentVersionAsIfMatch() throws Exception {
        MvcResult created = send(post("/api/v1/cases"), namedCase("D.P.")).andReturn();
        String number = body(created).get("caseNumber").asString();
        String etag = created.getResponse().getHeader("ETag");
        String consent = consentJson();

        send(post("/api/v1/cases/" + number + "/consents"), consent).andExpect(status().isPreconditionRequired());
        MvcResult recorded = send(post("/api/v1/cases/" + number + "/consents").header("If-Match", etag), consent)
                .andExpect(status().isOk())
                .andReturn();
        send(post("/api/v1/cases/" + number + "/consents").header("If-Match", etag), consent)
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.detail").value(startsWith("Marieke de Vries heeft")));

        long consentId = body(recorded).get("consents").get(0).get("id").asLong();
        send(post("/api/v1/cases/" + number + "/consents/" + consentId + "/withdrawal")
                        .header("If-Match", recorded.getResponse().getHeader("ETag")), "{}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consents[0].withdrawnOn").value(LocalDate.now().toString()));
    }

    @Test
    void theContactPersonMustBeOnTheCareTeam() throws Exception {
        MvcResult created = send(post("/api/v1/cases"), namedCase("E.P.")).andReturn();
        String number = body(created).get("caseNumber").asString();
        send(put("/api/v1/cases/" + number + "/contact-person").header("If-Match", created.getResponse().getHeader("ETag")),
                "{\"userId\": 999999}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("care-team.assign-not-member"));
    }

    @Test
    void aSignallingPlatformAddsAnInstrumentResultAndOutOfRangeValuesAreRefusedPerDomain() throws Exception {
        MvcResult created = send(post("/api/v1/cases"), namedCase("F.P.")).andReturn();
        String number = body(created).get("caseNumber").asString();
        InstrumentVersionSummary regional = signedInCatalogue().stream()
                .filter(i -> i.code().equals("GM-SIGNALERING")).findFirst().orElseThrow().versions().getFirst();
        Map<String, Integer> values = new LinkedHashMap<>();
        regional.domains().forEach(domain -> values.put(domain.code(), 0));

        values.put("ERVAREN_STRESS", 11);
        send(post("/api/v1/cases/" + number + "/assessments").header("If-Match", created.getResponse().getHeader("ETag")),
                assessmentJson(regional.id(), values, 2))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("domain.ERVAREN_STRESS"));

        values.put("ERVAREN_STRESS", 7);
        send(post("/api/v1/cases/" + number + "/assessments").header("If-Match", created.getResponse().getHeader("ETag")),
                assessmentJson(regional.id(), values, 2))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assessments[0].instrumentCode").value("GM-SIGNALERING"))
                .andExpect(jsonPath("$.assessments[0].reportedRiskLevel").value("INCREASED"));
    }

    @Test
    void theApiIsDescribedWithOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/cases']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{caseNumber}/consents']").exists());
    }

    private String register(String initials) throws Exception {
        return body(send(post("/api/v1/cases"), namedCase(initials)).andExpect(status().isCreated()).andReturn())
                .get("caseNumber").asString();
    }

    private ResultActions send(MockHttpServletRequestBuilder request,
            String content) throws Exception {
        return mvc.perform(request.with(httpBasic("verloskundige", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(content));
    }

    /** Cases created during this test, as the access log saw them. */
    private int myCaseCount() {
        return (int) events.stream(AuditEvent.class)
                .filter(e -> e.action() == AuditAction.CREATE && "case".equals(e.object())).count();
    }

    private JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString());
    }

    private static String namedCase(String initials) {
        return """
                {"type": "PREGNANCY", "anonymous": false, "initials": "%s", "parentBirthYear": 1996,
                 "expectedDueDate": "%s", "municipalityCode": "GM0202", "question": "Zorgen om schulden.",
                 "factors": ["FINANCIAL_PROBLEMS"],
                 "consent": {"basis": "CONSENT", "givenOn": "%s", "form": "WRITTEN", "givenBy": "CLIENT",
                             "discussInMeeting": true, "parentsAttend": false, "contactOtherProfessionals": false,
                             "sharedDisciplines": ["MIDWIFE"]}}
                """.formatted(initials, LocalDate.now().plusMonths(4), LocalDate.now());
    }

    private List<InstrumentSummary> signedInCatalogue() {
        signedIn.as("verloskundige");
        try {
            return catalogue.instruments();
        } finally {
            signedIn.nobody();
        }
    }

    private String assessmentJson(long versionId, Map<String, Integer> values, int total) {
        return json.writeValueAsString(Map.of("instrumentVersionId", versionId,
                "administeredOn", LocalDate.now().minusDays(1).toString(), "respondent", "CLIENT",
                "administeredBy", "Marieke de Vries", "domainValues", values, "total", total,
                "reportedRiskLevel", "INCREASED", "suggestedCarePathway", "Wijkteam inschakelen.",
                "discussedWithClient", true));
    }

    private static String consentJson() {
        return """
                {"basis": "CONSENT", "givenOn": "%s", "form": "DIGITAL", "givenBy": "CLIENT",
                 "discussInMeeting": true, "parentsAttend": true, "contactOtherProfessionals": true,
                 "sharedDisciplines": ["MIDWIFE", "JGZ"]}
                """.formatted(LocalDate.now());
    }
}
