package nl.kansrijkestart.mdo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.indicators.internal.CountingEvent;
import nl.kansrijkestart.mdo.indicators.internal.CountingEventRepository;
import nl.kansrijkestart.mdo.meetings.MeetingType;
import nl.kansrijkestart.mdo.testing.AdjustableClock;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupStratifierComponent;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Indicator 7 as a FHIR R4 MeasureReport, read back with the HAPI parser as a monitoring system
 * would. Counts in the years 2190–2194, which no other test uses.
 */
@IntegrationTest
class IndicatorFhirApiTest {

    /** The test's years lie in the future: the clock stands on a day they are all published. */
    @Autowired
    private AdjustableClock publicationClock;

    @BeforeEach
    void publishTheTestYears() {
        publicationClock.publishIndicatorsOf(2199);
    }

    @AfterEach
    void clockBackToNow() {
        publicationClock.reset();
    }

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final String ABSENT = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private CountingEventRepository events;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aCoordinatorGetsAGroupPerCaseTypeWithStrataPerMunicipalityAndMeetingTypeAndSmallCellsMasked()
            throws Exception {
        int year = 2190;
        discussed(year, 14, 2, "GM0228", MeetingType.POP);
        discussed(year, 12, 1, "GM0203", MeetingType.MDO_VULNERABLE_PREGNANCY);
        discussed(year, 2, 1, "GM0289", MeetingType.POP);

        String json = fhir(String.valueOf(year), null, null);
        MeasureReport report = FHIR.newJsonParser().parseResource(MeasureReport.class, json);

        assertThat(report.getStatus()).isEqualTo(MeasureReport.MeasureReportStatus.COMPLETE);
        assertThat(report.getType()).isEqualTo(MeasureReport.MeasureReportType.SUMMARY);
        assertThat(report.getMeasure()).isEqualTo("https://mdo.kansrijkestart.nl/fhir/Measure/kansrijke-start-indicator-7");
        assertThat(report.getPeriod().getStartElement().getValueAsString()).isEqualTo(year + "-01-01");
        assertThat(report.getPeriod().getEndElement().getValueAsString()).isEqualTo(year + "-12-31");
        assertThat(report.getDate()).isNotNull();
        assertThat(report.getGroup()).extracting(group -> group.getCode().getCodingFirstRep().getCode())
                .containsExactly("PREGNANCY", "FAMILY");
        MeasureReportGroupComponent pregnant = report.getGroup().getFirst();
        assertThat(pregnant.getCode().getText()).isEqualTo("Zwangere");
        assertThat(pregnant.getPopulation()).extracting(p -> p.getCode().getCoding().getLast().getCode(),
                p -> p.getCount()).containsExactly(tuple("cases", 28),
                tuple("discussions", 42));
        assertThat(pregnant.getPopulationFirstRep().getCode().getCodingFirstRep().getCode())
                .isEqualTo("measure-population");

        MeasureReportGroupStratifierComponent municipalities = stratifier(pregnant, "municipality");
        assertThat(absentReason(stratum(municipalities, "GM0289"))).isEqualTo("masked");
        assertThat(absentReason(stratum(municipalities, "GM0228")))
                .as("the complement of the hidden cell: only Ede and Wageningen have POP discussions, whose total is shown")
                .isEqualTo("masked");
        assertThat(absentReason(stratum(municipalities, "GM0203")))
                .as("a second complement, so the hidden cells can absorb k whichever an attacker tries")
                .isEqualTo("masked");
        assertThat(stratum(municipalities, "GM0228").getComponent().getLast().getValue().getText())
                .isEqualTo(String.valueOf(year));
        MeasureReportGroupStratifierComponent meetings = stratifier(pregnant, "meeting-type");
        assertThat(absentReason(stratum(meetings, "POP")))
                .as("POP holds only Ede's and Wageningen's hidden cells, which together cannot absorb k")
                .isEqualTo("masked");
        assertThat(stratum(meetings, "POP").getComponentFirstRep().getValue().getText()).isEqualTo("POP-overleg");
        assertThat(absentReason(stratum(meetings, "MDO_VULNERABLE_PREGNANCY"))).as("its complement")
                .isEqualTo("masked");
        assertThat(stratifier(pregnant, "period").getStratumFirstRep().getValue().getText())
                .isEqualTo(String.valueOf(year));

        MeasureReportGroupComponent families = report.getGroup().getLast();
        assertThat(families.getPopulationFirstRep().getCount()).as("zero stays zero").isZero();
        assertThat(families.getStratifier()).allSatisfy(stratifier -> assertThat(stratifier.getStratum()).isEmpty());
        assertThat(json).doesNotContain("fhir-" + year).doesNotContain("KS-");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT' AND username = "
                + "'coordinator' AND detail LIKE ?", Integer.class, "indicator 7 from=" + year + " %format=fhir"))
                .isEqualTo(1);
    }

    @Test
    void overSeveralYearsTheCaseTypeTotalIsNotApplicableAndRegionsAreStrataPerQuarter() throws Exception {
        int year = 2191;
        discussed(year, 11, 1, "GM0275", MeetingType.POP);

        MeasureReport report = FHIR.newJsonParser().parseResource(MeasureReport.class,
                fhir(String.valueOf(year), String.valueOf(year + 1), "region"));

        MeasureReportGroupComponent pregnant = report.getGroup().getFirst();
        assertThat(pregnant.getPopulationFirstRep().getCountElement().hasValue()).isFalse();
        assertThat(((CodeType) pregnant.getPopulationFirstRep().getCountElement().getExtensionByUrl(ABSENT)
                .getValue()).getValue()).isEqualTo("not-applicable");
        MeasureReportGroupStratifierComponent regions = stratifier(pregnant, "region");
        assertThat(regions.getStratum()).extracting(s -> s.getComponentFirstRep().getValue().getCodingFirstRep()
                .getCode(), s -> s.getComponent().getLast().getValue().getText(), this::cases)
                .containsExactly(tuple("GELDERLAND-MIDDEN", year + "-Q2", 11),
                        tuple("OOST", year + "-Q2", 11));
        assertThat(stratifier(pregnant, "period").getStratum()).extracting(s -> s.getValue().getText())
                .containsExactly(year + "-Q2");
    }

    @Test
    void invalidParametersAreRefusedWithEveryReasonAlsoForFhirClients() throws Exception {
        mvc.perform(get("/api/v1/indicators/7").accept("application/fhir+json").param("from", "twintig")
                        .param("period", "week").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("from", "period")));
    }

    @Test
    void professionalsAndChairsAreForbidden() throws Exception {
        for (String user : List.of("verloskundige", "voorzitter")) {
            mvc.perform(get("/api/v1/indicators/7").accept("application/fhir+json").with(httpBasic(user, "demo")))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.title").value("Geen toegang"));
        }
    }

    private String fhir(String from, @Nullable String to, @Nullable String grouping) throws Exception {
        var request = get("/api/v1/indicators/7").accept("application/fhir+json").param("from", from)
                .param("period", to == null ? "year" : "quarter").with(httpBasic("coordinator", "demo"));
        if (to != null) {
            request.param("to", to);
        }
        if (grouping != null) {
            request.param("grouping", grouping);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static MeasureReportGroupStratifierComponent stratifier(MeasureReportGroupComponent group, String code) {
        return group.getStratifier().stream()
                .filter(stratifier -> stratifier.getCodeFirstRep().getCodingFirstRep().getCode().equals(code))
                .findFirst().orElseThrow(() -> new AssertionError("no stratifier " + code));
    }

    private static StratifierGroupComponent stratum(MeasureReportGroupStratifierComponent stratifier, String value) {
        return stratifier.getStratum().stream()
                .filter(stratum -> stratum.getComponentFirstRep().getValue().getCodingFirstRep().getCode().equals(value))
                .findFirst().orElseThrow(() -> new AssertionError("no stratum " + value));
    }

    private @Nullable Integer cases(StratifierGroupComponent stratum) {
        IntegerType count = stratum.getPopulationFirstRep().getCountElement();
        return count.hasValue() ? count.getValue() : null;
    }

    private static String absentReason(StratifierGroupComponent stratum) {
        IntegerType count = stratum.getPopulationFirstRep().getCountElement();
        assertThat(count.hasValue()).as("a masked count has no number").isFalse();
        return ((CodeType) count.getExtensionByUrl(ABSENT).getValue()).getValue();
    }

    /** {@code cases} pregnant women discussed {@code times} times each in April of the year. */
    private void discussed(int year, int cases, int times, String municipality, MeetingType type) {
        Set<String> regions = municipality.equals("GM0275") ? Set.of("GELDERLAND-MIDDEN", "OOST")
                : Set.of("GELDERLAND-MIDDEN");
        for (int patient = 0; patient < cases; patient++) {
            for (int time = 0; time < times; time++) {
                events.saveAndFlush(new CountingEvent(LocalDate.of(year, 4, 1 + time), municipality, regions, type,
                        CaseType.PREGNANCY, false, "fhir-" + year + "-" + municipality + "-" + patient));
            }
        }
    }
}
