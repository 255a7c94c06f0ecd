package nl.kansrijkestart.mdo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.uhn.fhir.context.FhirContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.shared.audit.AuditEvent;
import nl.kansrijkestart.mdo.shared.audit.AuditOutcome;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * A screening platform pushes an instrument result as a FHIR R4 Observation: the instrument version
 * in {@code code}, one component per domain, parsed with the FHIR library and checked, stored and
 * logged like the JSON form and the QuestionnaireResponse.
 */
@IntegrationTest
@RecordApplicationEvents
class ScreeningObservationApiTest {

    private static final String PLATFORM = "screening-platform";
    private static final FhirContext R4 = FhirContext.forR4();

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationEvents events;

    @Test
    void anObservationPushedOnBehalfOfACareTeamMemberIsStoredLikeTheJsonFormAndLoggedOnHerBehalf() throws Exception {
        String number = register("O.A.");
        LocalDate administered = LocalDate.now().minusDays(2);
        Observation observation = mind2care("MIND2CARE|1", administered);
        observation.getCode().addCoding(new Coding("http://loinc.org", "44249-1", "niet gelezen"));

        pushFhir(number, "verloskundige", observation)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.instrumentCode").value("MIND2CARE"))
                .andExpect(jsonPath("$.versionLabel").value("1"))
                .andExpect(jsonPath("$.onBehalfOf").value("verloskundige"));

        mvc.perform(get("/api/v1/cases/" + number).with(httpBasic("verloskundige", "demo")))
                .andExpect(jsonPath("$.assessments[0].domainValues.PSYCHIATRIE").value(1))
                .andExpect(jsonPath("$.assessments[0].domainValues.PSYCHOSOCIAAL").value(0))
                .andExpect(jsonPath("$.assessments[0].domainValues.MIDDELENGEBRUIK").value(1))
                .andExpect(jsonPath("$.assessments[0].domainValues.LAAGGELETTERDHEID").value(0))
                .andExpect(jsonPath("$.assessments[0].respondent").value("CLIENT"))
                .andExpect(jsonPath("$.assessments[0].reportedRiskLevel").value("HIGH"))
                .andExpect(jsonPath("$.assessments[0].suggestedCarePathway").value("Verwijzing POP-poli"))
                .andExpect(jsonPath("$.assessments[0].discussedWithClient").value(true))
                .andExpect(jsonPath("$.assessments[0].recordedBy").value("Marieke de Vries"))
                .andExpect(jsonPath("$.assessments[0].administeredOn").value(administered.toString()));
        assertThat(events.stream(AuditEvent.class)).anyMatch(e -> number.equals(e.caseNumber())
                && e.action() == AuditAction.CREATE && e.outcome() == AuditOutcome.SUCCESS
                && e.actor().username().equals(PLATFORM) && "verloskundige".equals(e.onBehalfOf()));
    }

    @Test
    void anObservationThatDoesNotMatchTheVersionIsRefusedNamingTheDomain() throws Exception {
        String number = register("O.B.");
        Observation extra = mind2care("MIND2CARE|1", LocalDate.now());
        component(extra, "EPDS", new IntegerType(12));
        pushFhir(number, "verloskundige", extra)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("domain.EPDS"))
                .andExpect(jsonPath("$.errors[0].code").value("instrument.value.unknown-domain"));

        Observation notAFlag = mind2care("MIND2CARE|1", LocalDate.now());
        notAFlag.getComponent().removeIf(c -> c.getCode().getCodingFirstRep().getCode().equals("PSYCHOSOCIAAL"));
        component(notAFlag, "PSYCHOSOCIAAL", new IntegerType(2));
        pushFhir(number, "verloskundige", notAFlag)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("domain.PSYCHOSOCIAAL"))
                .andExpect(jsonPath("$.errors[0].code").value("instrument.value.flag"));

        Observation missing = mind2care("MIND2CARE|1", LocalDate.now());
        missing.getComponent().removeIf(c -> c.getCode().getCodingFirstRep().getCode().equals("LAAGGELETTERDHEID"));
        pushFhir(number, "verloskundige", missing)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem("domain.LAAGGELETTERDHEID")));

        pushFhir(number, "verloskundige", mind2care("MIND2CARE|9", LocalDate.now()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].code").value("screening.fhir.questionnaire-unknown"));
        pushFhir(number, "verloskundige", mind2care("MIND2CARE|1", LocalDate.now()).setStatus(ObservationStatus.PRELIMINARY))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("screening.fhir.observation-status"));
        mvc.perform(get("/api/v1/cases/" + number).with(httpBasic("verloskundige", "demo")))
                .andExpect(jsonPath("$.assessments.length()").value(0));
    }

    @Test
    void anObservationForAStrangersCaseIsNotFoundAndTheAttemptIsLoggedOnHerBehalf() throws Exception {
        String number = register("O.C.");
        pushFhir(number, "huisarts", mind2care("MIND2CARE|1", LocalDate.now()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("api.case-not-found"));
        assertThat(events.stream(AuditEvent.class)).anyMatch(e -> number.equals(e.caseNumber())
                && e.outcome() == AuditOutcome.DENIED && e.actor().username().equals(PLATFORM)
                && "huisarts".equals(e.onBehalfOf()) && "not on care team".equals(e.detail()));
        mvc.perform(get("/api/v1/cases/" + number).with(httpBasic("verloskundige", "demo")))
                .andExpect(jsonPath("$.assessments.length()").value(0));
    }

    @Test
    void aMalformedObservationIsRefusedWithACodeAndNothingIsStored() throws Exception {
        String number = register("O.D.");
        for (String unreadable : new String[] {
                "{\"resourceType\": \"Observation\", \"status\": \"final\", \"bsn\": \"123456782\"}",
                "{\"resourceType\": \"Observation\", \"status\": \"final\"",
                "{\"resourceType\": \"Observation\", \"status\": \"klaar\"}"}) {
            pushFhir(number, "verloskundige", unreadable)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].code").value("screening.fhir.unreadable"));
        }
        pushFhir(number, "verloskundige", new Observation().setStatus(ObservationStatus.FINAL))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].code").value("screening.fhir.observation-code"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString(
                        ObservationMapping.INSTRUMENT_VERSION)));
        Observation uncoded = mind2care("MIND2CARE|1", LocalDate.now());
        uncoded.addComponent().setValue(new IntegerType(1));
        pushFhir(number, "verloskundige", uncoded)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("screening.fhir.component-code"));
        Observation fraction = mind2care("MIND2CARE|1", LocalDate.now());
        fraction.getComponent().removeIf(c -> c.getCode().getCodingFirstRep().getCode().equals("PSYCHOSOCIAAL"));
        component(fraction, "PSYCHOSOCIAAL", new Quantity().setValue(new BigDecimal("0.5")));
        pushFhir(number, "verloskundige", fraction)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("domain.PSYCHOSOCIAAL"))
                .andExpect(jsonPath("$.errors[0].code").value("screening.fhir.answer-type"));
        Observation twice = mind2care("MIND2CARE|1", LocalDate.now());
        component(twice, "PSYCHIATRIE", new BooleanType(false));
        pushFhir(number, "verloskundige", twice)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("domain.PSYCHIATRIE"))
                .andExpect(jsonPath("$.errors[0].code").value("screening.fhir.one-answer"));
        mvc.perform(get("/api/v1/cases/" + number).with(httpBasic("verloskundige", "demo")))
                .andExpect(jsonPath("$.assessments.length()").value(0));
    }

    /** A Mind2Care result as an Observation, as documented in docs/api.md. */
    private static Observation mind2care(String instrumentAndVersion, LocalDate administered) {
        Observation observation = new Observation().setStatus(ObservationStatus.FINAL)
                .setCode(new CodeableConcept(new Coding(ObservationMapping.INSTRUMENT_VERSION, instrumentAndVersion, null)))
                .setEffective(new DateTimeType(administered.toString()))
                .setSubject(new Reference().setDisplay("niet gelezen"));
        component(observation, "PSYCHIATRIE", new BooleanType(true));
        component(observation, "PSYCHOSOCIAAL", new IntegerType(0));
        component(observation, "MIDDELENGEBRUIK", new Quantity().setValue(1));
        component(observation, "LAAGGELETTERDHEID", new BooleanType(false));
        component(observation, "respondent", new CodeableConcept(new Coding(null, "CLIENT", null)));
        component(observation, "reportedRiskLevel", new StringType("HIGH"));
        component(observation, "suggestedCarePathway", new StringType("Verwijzing POP-poli"));
        component(observation, "discussedWithClient", new BooleanType(true));
        return observation;
    }

    private static void component(Observation observation, String code, Type value) {
        observation.addComponent().setCode(new CodeableConcept(new Coding(null, code, null))).setValue(value);
    }

    private ResultActions pushFhir(String caseNumber, String onBehalfOf, Observation observation) throws Exception {
        return pushFhir(caseNumber, onBehalfOf, R4.newJsonParser().encodeResourceToString(observation));
    }

    private ResultActions pushFhir(String caseNumber, String onBehalfOf, String resource) throws Exception {
        return mvc.perform(post("/api/v1/cases/" + caseNumber + "/screening-results").with(httpBasic(PLATFORM, "demo"))
                .header("On-Behalf-Of", onBehalfOf)
                .contentType(MediaType.parseMediaType(ScreeningResultsApi.FHIR_JSON)).content(resource));
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
