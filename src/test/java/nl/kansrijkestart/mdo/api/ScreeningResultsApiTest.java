package nl.kansrijkestart.mdo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.uhn.fhir.context.FhirContext;
import java.time.LocalDate;
import java.util.Date;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.shared.audit.AuditEvent;
import nl.kansrijkestart.mdo.shared.audit.AuditOutcome;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * A screening platform's service account pushes instrument results on behalf of a professional on
 * the case's care team, as JSON or as a FHIR R4 QuestionnaireResponse; everything else is refused.
 */
@IntegrationTest
@RecordApplicationEvents
class ScreeningResultsApiTest {

    private static final String PLATFORM = "screening-platform";
    private static final FhirContext R4 = FhirContext.forR4();

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationEvents events;

    @Test
    void aResultPushedOnBehalfOfACareTeamMemberIsStoredImmutableCountedForHerAndLoggedOnHerBehalf() throws Exception {
        String number = register("S.A.");
        push(number, "verloskundige", mind2care(versionId("MIND2CARE"), 1))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.caseNumber").value(number))
                .andExpect(jsonPath("$.instrumentCode").value("MIND2CARE"))
                .andExpect(jsonPath("$.onBehalfOf").value("verloskundige"))
                .andExpect(jsonPath("$.initials").doesNotExist());

        mvc.perform(get("/api/v1/cases/" + number).with(httpBasic("verloskundige", "demo")))
                .andExpect(jsonPath("$.assessments[0].instrumentCode").value("MIND2CARE"))
                .andExpect(jsonPath("$.assessments[0].recordedBy").value("Marieke de Vries"))
                .andExpect(jsonPath("$.assessments[0].administeredBy").value("Marieke de Vries"))
                .andExpect(jsonPath("$.assessments[0].domainValues.PSYCHOSOCIAAL").value(1));
        assertThat(events.stream(AuditEvent.class)).anyMatch(e -> number.equals(e.caseNumber())
                && e.action() == AuditAction.CREATE && e.outcome() == AuditOutcome.SUCCESS
                && e.actor().username().equals(PLATFORM) && "verloskundige".equals(e.onBehalfOf())
                && e.checks().contains("screening-platform"));
    }

    /**
     * With Keycloak the platform is a client's service account: a token with the role and no
     * account in the application. It is logged under the token's name, on her behalf.
     */
    @Test
    void aPlatformTokenWithoutAnAccountPushesOnBehalfOfACareTeamMember() throws Exception {
        String number = register("S.G.");
        String client = "service-account-mdo-screening-platform";
        mvc.perform(post("/api/v1/cases/" + number + "/screening-results")
                        .with(jwt().jwt(token -> token.subject(client))
                                .authorities(new SimpleGrantedAuthority("ROLE_SCREENING_PLATFORM")))
                        .header("On-Behalf-Of", "verloskundige").contentType(MediaType.APPLICATION_JSON)
                        .content(mind2care(versionId("MIND2CARE"), 0)))
                .andExpect(status().isCreated());
        assertThat(events.stream(AuditEvent.class)).anyMatch(e -> number.equals(e.caseNumber())
                && e.outcome() == AuditOutcome.SUCCESS && e.actor().username().equals(client)
                && "(service account)".equals(e.actor().organisation()) && "verloskundige".equals(e.onBehalfOf()));
        mvc.perform(post("/api/v1/cases/" + number + "/screening-results")
                        .with(jwt().jwt(token -> token.subject("service-account-mdo-indicator-feed"))
                                .authorities(new SimpleGrantedAuthority("ROLE_COORDINATOR")))
                        .header("On-Behalf-Of", "verloskundige").contentType(MediaType.APPLICATION_JSON)
                        .content(mind2care(versionId("MIND2CARE"), 0)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aStrangersCaseIsNotFoundAndTheAttemptIsLoggedOnHerBehalf() throws Exception {
        String number = register("S.B.");
        push(number, "huisarts", mind2care(versionId("MIND2CARE"), 0))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("api.case-not-found"));
        push("KS-NIET-BEST", "verloskundige", mind2care(versionId("MIND2CARE"), 0))
                .andExpect(status().isNotFound());
        assertThat(events.stream(AuditEvent.class)).anyMatch(e -> number.equals(e.caseNumber())
                && e.outcome() == AuditOutcome.DENIED && e.actor().username().equals(PLATFORM)
                && "huisarts".equals(e.onBehalfOf()) && "not on care team".equals(e.detail()));
        mvc.perform(get("/api/v1/cases/" + number).with(httpBasic("verloskundige", "demo")))
                .andExpect(jsonPath("$.assessments.length()").value(0));
    }

    @Test
    void onlyTheScreeningPlatformMayPushAndItMustNameAnActiveProfessional() throws Exception {
        String number = register("S.C.");
        String body = mind2care(versionId("MIND2CARE"), 0);
        for (String other : new String[] {"verloskundige", "voorzitter", "coordinator", "admin", "indicator-feed"}) {
            mvc.perform(post("/api/v1/cases/" + number + "/screening-results").with(httpBasic(other, "demo"))
                            .header("On-Behalf-Of", "verloskundige").contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isForbidden());
        }
        push(number, null, body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("On-Behalf-Of"))
                .andExpect(jsonPath("$.errors[0].code").value("screening.on-behalf-of.required"));
        for (String notAProfessional : new String[] {"coordinator", "uitgeschakeld", "niemand"}) {
            push(number, notAProfessional, body).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].code").value("screening.on-behalf-of.unknown"));
        }
    }

    @Test
    void aValueOutsideTheVersionIsRefusedNamingTheDomain() throws Exception {
        String number = register("S.D.");
        long version = versionId("MIND2CARE");
        push(number, "verloskundige", mind2care(version, 2)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("domain.PSYCHOSOCIAAL"))
                .andExpect(jsonPath("$.errors[0].code").value("instrument.value.flag"));
        push(number, "verloskundige", mind2care(version, 0).replace("\"LAAGGELETTERDHEID\"", "\"EPDS\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem("domain.EPDS")));
    }

    @Test
    void aFhirQuestionnaireResponseIsParsedAndStoredLikeTheJsonForm() throws Exception {
        String number = register("S.E.");
        QuestionnaireResponse response = questionnaireResponse("MIND2CARE|1");
        pushFhir(number, R4.newJsonParser().encodeResourceToString(response))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.instrumentCode").value("MIND2CARE"))
                .andExpect(jsonPath("$.versionLabel").value("1"));
        mvc.perform(get("/api/v1/cases/" + number).with(httpBasic("verloskundige", "demo")))
                .andExpect(jsonPath("$.assessments[0].domainValues.PSYCHIATRIE").value(1))
                .andExpect(jsonPath("$.assessments[0].domainValues.LAAGGELETTERDHEID").value(0))
                .andExpect(jsonPath("$.assessments[0].respondent").value("CLIENT"))
                .andExpect(jsonPath("$.assessments[0].reportedRiskLevel").value("INCREASED"))
                .andExpect(jsonPath("$.assessments[0].discussedWithClient").value(true))
                .andExpect(jsonPath("$.assessments[0].administeredOn").value(LocalDate.now().toString()));
    }

    @Test
    void aFhirResourceThatDoesNotFitTheVersionIsRefusedNamingTheDomainOrTheQuestionnaire() throws Exception {
        String number = register("S.F.");
        QuestionnaireResponse extra = questionnaireResponse("MIND2CARE|1");
        extra.addItem().setLinkId("EPDS").addAnswer().setValue(new IntegerType(12));
        pushFhir(number, R4.newJsonParser().encodeResourceToString(extra))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("domain.EPDS"))
                .andExpect(jsonPath("$.errors[0].code").value("instrument.value.unknown-domain"));
        pushFhir(number, R4.newJsonParser().encodeResourceToString(questionnaireResponse("MIND2CARE|9")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("questionnaire"))
                .andExpect(jsonPath("$.errors[0].code").value("screening.fhir.questionnaire-unknown"));
        QuestionnaireResponse draft = questionnaireResponse("MIND2CARE|1").setStatus(QuestionnaireResponseStatus.INPROGRESS);
        pushFhir(number, R4.newJsonParser().encodeResourceToString(draft))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("screening.fhir.status"));
        pushFhir(number, "{\"resourceType\": \"Patient\", \"active\": true}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("screening.fhir.unreadable"));
        pushFhir(number, "{\"resourceType\": \"QuestionnaireResponse\", \"bsn\": \"123456782\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("screening.fhir.unreadable"));
        mvc.perform(get("/api/v1/cases/" + number).with(httpBasic("verloskundige", "demo")))
                .andExpect(jsonPath("$.assessments.length()").value(0));
    }

    @Test
    void theOpenApiDocumentOffersBothTheJsonFormAndTheFhirResource() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths['/api/v1/cases/{caseNumber}/screening-results'].post.requestBody.content"
                        + "['application/json']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{caseNumber}/screening-results'].post.requestBody.content"
                        + "['application/fhir+json']").exists());
    }

    private QuestionnaireResponse questionnaireResponse(String instrumentAndVersion) {
        QuestionnaireResponse response = new QuestionnaireResponse()
                .setStatus(QuestionnaireResponseStatus.COMPLETED)
                .setQuestionnaire("https://mind2care.example/fhir/Questionnaire/" + instrumentAndVersion)
                .setAuthoredElement(new DateTimeType(new Date()))
                .setSubject(new Reference().setDisplay("niet gelezen"));
        answer(response, "PSYCHIATRIE", new BooleanType(true));
        answer(response, "PSYCHOSOCIAAL", new IntegerType(0));
        answer(response, "MIDDELENGEBRUIK", new BooleanType(false));
        response.addItem().setLinkId("groep").addItem().setLinkId("LAAGGELETTERDHEID").addAnswer()
                .setValue(new BooleanType(false));
        answer(response, "respondent", new Coding().setCode("CLIENT"));
        answer(response, "reportedRiskLevel", new Coding().setCode("INCREASED"));
        answer(response, "discussedWithClient", new BooleanType(true));
        answer(response, "suggestedCarePathway", new StringType("Verwijzing POP-poli"));
        return response;
    }

    private static void answer(QuestionnaireResponse response, String linkId, Type value) {
        response.addItem().setLinkId(linkId).addAnswer().setValue(value);
    }

    private ResultActions push(String caseNumber, @org.jspecify.annotations.Nullable String onBehalfOf, String json)
            throws Exception {
        var request = post("/api/v1/cases/" + caseNumber + "/screening-results").with(httpBasic(PLATFORM, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(json);
        return mvc.perform(onBehalfOf == null ? request : request.header("On-Behalf-Of", onBehalfOf));
    }

    private ResultActions pushFhir(String caseNumber, String resource) throws Exception {
        return mvc.perform(post("/api/v1/cases/" + caseNumber + "/screening-results").with(httpBasic(PLATFORM, "demo"))
                .header("On-Behalf-Of", "verloskundige")
                .contentType(MediaType.parseMediaType(ScreeningResultsApi.FHIR_JSON)).content(resource));
    }

    private static String mind2care(long versionId, int psychosocial) {
        return """
                {"instrumentVersionId": %d, "administeredOn": "%s", "respondent": "CLIENT",
                 "domainValues": {"PSYCHIATRIE": 0, "PSYCHOSOCIAAL": %d, "MIDDELENGEBRUIK": 0, "LAAGGELETTERDHEID": 0},
                 "reportedRiskLevel": "LOW", "discussedWithClient": true}
                """.formatted(versionId, LocalDate.now(), psychosocial);
    }

    private long versionId(String instrument) throws Exception {
        String body = mvc.perform(get("/api/v1/instruments?q=" + instrument).with(httpBasic(PLATFORM, "demo")))
                .andReturn().getResponse().getContentAsString();
        return JsonMapper.shared().readTree(body).get("items").get(0).get("versions").get(0).get("id").asLong();
    }

    private String register(String initials) throws Exception {
        String body = mvc.perform(post("/api/v1/cases").with(httpBasic("verloskundige", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                {"type": "PREGNANCY", "anonymous": false, "initials": "%s", "parentBirthYear": 1996,
                 "expectedDueDate": "%s", "municipalityCode": "GM0228", "question": "Zorgen om schulden.",
                 "factors": ["FINANCIAL_PROBLEMS"],
                 "consent": {"basis": "CONSENT", "givenOn": "%s", "form": "WRITTEN", "givenBy": "CLIENT",
                             "discussInMeeting": true, "parentsAttend": false, "contactOtherProfessionals": false,
                             "sharedDisciplines": ["MIDWIFE"]}}
                """.formatted(initials, LocalDate.now().plusMonths(4), LocalDate.now())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonMapper.shared().readTree(body).get("caseNumber").asString();
    }
}
