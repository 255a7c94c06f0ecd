package nl.kansrijkestart.mdo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.kansrijkestart.mdo.indicators.HistoryService;
import nl.kansrijkestart.mdo.indicators.report.ReportChapter;
import nl.kansrijkestart.mdo.indicators.report.ReportEdition;
import nl.kansrijkestart.mdo.indicators.report.ReportFigure;
import nl.kansrijkestart.mdo.indicators.report.ReportService;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Imported figures inside the regular answers of indicators 6, 7, 8, 10 and 12 (JSON, CSV and FHIR):
 * apart from the application's cells and never added to them, marked imported with their source,
 * small ones suppressed by the same threshold, only of the years and selection asked; the report
 * shows the same figures with the same suppression. Imports figures of 1961 and makes an edition of
 * 1962 (no other test does).
 */
@IntegrationTest
class ImportedFiguresInFeedsTest {

    private static final String REGION = "GELDERLAND-MIDDEN";
    private static final String SOURCE = "TNO-rapport 1962";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private HistoryService history;

    @Autowired
    private SignedIn signedIn;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ReportService reports;

    @BeforeEach
    void importFigures() {
        jdbc.update("DELETE FROM imported_figure WHERE period_year = 1961");
    }

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    private void importHistory() {
        signedIn.as("coordinator");
        history.importCsv(new ByteArrayInputStream("""
                indicator,code,year,measure,value
                7,GELDERLAND-MIDDEN,1961,PREGNANCY/POP,34
                7,GELDERLAND-MIDDEN,1961,FAMILY/POP,4
                7,GM0202,1961,cases,25
                6,GELDERLAND-MIDDEN,1961,total,40
                6,GELDERLAND-MIDDEN,1961,part,28
                12,GELDERLAND-MIDDEN,1961,cases,20
                12,GELDERLAND-MIDDEN,1961,median_days,14.5
                """.getBytes(StandardCharsets.UTF_8)), SOURCE);
        signedIn.nobody();
    }

    @Test
    void theJsonOfIndicatorSevenCarriesImportedFiguresApartFromItsCells() throws Exception {
        String before = mvc.perform(get("/api/v1/indicators/7").param("from", "1961").param("grouping", "region")
                        .param("region", REGION).with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported", empty()))
                .andReturn().getResponse().getContentAsString();
        importHistory();
        int logged = feedExports();

        String after = mvc.perform(get("/api/v1/indicators/7").param("from", "1961").param("grouping", "region")
                        .param("region", REGION).with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported", hasSize(3)))
                .andExpect(jsonPath("$.imported[?(@.measure == 'PREGNANCY/POP')].value").value(contains(34.0)))
                .andExpect(jsonPath("$.imported[?(@.measure == 'PREGNANCY/POP')].imported").value(contains(true)))
                .andExpect(jsonPath("$.imported[?(@.measure == 'PREGNANCY/POP')].source").value(contains(SOURCE)))
                .andExpect(jsonPath("$.imported[?(@.measure == 'FAMILY/POP')].value").value(contains(nullValue())))
                .andExpect(jsonPath("$.imported[?(@.measure == 'FAMILY/POP')].suppressed").value(contains(true)))
                .andExpect(jsonPath("$.imported[?(@.group == 'GM0202')].value").value(contains(25.0)))
                .andReturn().getResponse().getContentAsString();

        assertThat(cells(after)).as("the application's own cells are not changed by imported figures")
                .isEqualTo(cells(before));
        mvc.perform(get("/api/v1/indicators/7").param("from", "1961").param("municipality", "GM0228")
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported", empty()));
        mvc.perform(get("/api/v1/indicators/7").param("from", "1961-Q1").param("to", "1961-Q4")
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported", empty()));
        assertThat(feedExports()).isEqualTo(logged + 1);
    }

    private int feedExports() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE object = 'imported-figures'"
                + " AND detail = 'indicator 7 from=1961 to=1961 figures=3 in=feed'", Integer.class);
    }

    @Test
    void theCsvOfIndicatorSevenListsImportedFiguresAfterItsOwnRowsWithTheirMarkAndSource() throws Exception {
        importHistory();

        String csv = mvc.perform(get("/api/v1/indicators/7").param("from", "1961").param("grouping", "region")
                        .param("region", REGION).accept("text/csv").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv).startsWith("indicator,period,grouping,group,measure,value,suppressed,threshold,imported,source\r\n")
                .containsPattern("7,1961,REGION,GELDERLAND-MIDDEN,PREGNANCY/POP,34,false,\\d+,true,TNO-rapport 1962\r\n")
                .containsPattern("7,1961,REGION,GELDERLAND-MIDDEN,FAMILY/POP,,true,\\d+,true,TNO-rapport 1962\r\n")
                .containsPattern("7,1961,MUNICIPALITY,GM0202,cases,25,false,\\d+,true,TNO-rapport 1962\r\n");
        assertThat(csv.lines().skip(1).filter(line -> !line.endsWith(",true," + SOURCE)))
                .allSatisfy(line -> assertThat(line).endsWith(",false,"));
        String withoutImported = mvc.perform(get("/api/v1/indicators/7").param("from", "1960")
                        .accept("text/csv").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(withoutImported).startsWith("indicator,period,grouping,group,measure,value,suppressed,threshold\r\n");
    }

    @Test
    void theFhirReportOfIndicatorSevenHasTheImportedFiguresAsAGroupOfTheirOwnWithTheSource() throws Exception {
        importHistory();

        mvc.perform(get("/api/v1/indicators/7").param("from", "1961").param("grouping", "region")
                        .param("region", REGION).accept("application/fhir+json").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.group[?(@.code.coding[0].code == 'imported')]", hasSize(1)))
                .andExpect(jsonPath("$.group[?(@.code.coding[0].code == 'imported')].stratifier[0].stratum[*]"
                        + ".extension[0].valueString").value(contains(SOURCE, SOURCE, SOURCE)))
                .andExpect(jsonPath("$.group[?(@.code.coding[0].code == 'imported')].stratifier[0].stratum[*]"
                        + ".population[0].count").value(containsInAnyOrder(25, 34)));
    }

    @Test
    void sharesAndDaysCarryImportedFiguresInJsonAndCsv() throws Exception {
        importHistory();

        mvc.perform(get("/api/v1/indicators/6").param("from", "1961").param("region", REGION)
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported[?(@.measure == 'total')].value").value(contains(40.0)))
                .andExpect(jsonPath("$.imported[?(@.measure == 'part')].value").value(contains(28.0)))
                .andExpect(jsonPath("$.imported[*].source").value(contains(SOURCE, SOURCE)))
                .andExpect(jsonPath("$.imported[*].imported").value(contains(true, true)));
        mvc.perform(get("/api/v1/indicators/10").param("from", "1961").param("region", REGION)
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported", empty()));
        mvc.perform(get("/api/v1/indicators/12").param("from", "1961").param("region", REGION)
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported[?(@.measure == 'median_days')].value").value(contains(14.5)));

        String shares = mvc.perform(get("/api/v1/indicators/6").param("from", "1961").param("region", REGION)
                        .accept("text/csv").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(shares).startsWith("indicator,period,group,total,part,percentage,suppressed,threshold,imported,source\r\n")
                .containsPattern("6,1961,GELDERLAND-MIDDEN,40,28,70.0,false,\\d+,true,TNO-rapport 1962\r\n");
        String days = mvc.perform(get("/api/v1/indicators/12").param("from", "1961").param("region", REGION)
                        .accept("text/csv").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(days).containsPattern("12,1961,GELDERLAND-MIDDEN,20,14.5,,,false,\\d+,true,TNO-rapport 1962\r\n");
    }

    @Test
    void theReportLayoutCsvOfIndicatorSevenListsImportedFiguresMarkedWithTheirSourceAndSuppressed() throws Exception {
        importHistory();

        String csv = mvc.perform(get("/api/v1/indicators/7").param("from", "1961").param("grouping", "caseAndMeetingType")
                        .param("region", REGION).param("layout", "report").accept("text/csv")
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv).startsWith("Indicator,1961,Bron\r\n")
                .contains("\r\nGELDERLAND-MIDDEN: Aantal zwangeren in het POP-overleg (ingelezen),34," + SOURCE + "\r\n")
                .contains("\r\nGELDERLAND-MIDDEN: Aantal gezinnen in het POP-overleg (ingelezen),<10," + SOURCE + "\r\n")
                .contains("\r\nGM0202: aantal casussen (ingelezen),25," + SOURCE + "\r\n");
        assertThat(csv.lines().skip(1).filter(line -> !line.contains("(ingelezen)")))
                .as("the application's own rows have no source").allSatisfy(line -> assertThat(line).endsWith(","));
        String withoutImported = mvc.perform(get("/api/v1/indicators/7").param("from", "1960").param("layout", "report")
                        .accept("text/csv").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(withoutImported).startsWith("Indicator,1960\r\n").doesNotContain("ingelezen");
    }

    private void importIndicatorEight() {
        signedIn.as("coordinator");
        history.importCsv(new ByteArrayInputStream("""
                indicator,code,year,measure,value
                8,GELDERLAND-MIDDEN,1961,VOORZORG/BEFORE_BIRTH,40
                8,GM0202,1961,VOORZORG/BEFORE_BIRTH,25
                8,GM0228,1961,VOORZORG/BEFORE_BIRTH,4
                """.getBytes(StandardCharsets.UTF_8)), SOURCE);
        signedIn.nobody();
    }

    @Test
    void indicatorEightCarriesImportedFiguresInJsonCsvAndFhirApartFromItsCells() throws Exception {
        String before = mvc.perform(get("/api/v1/indicators/8").param("from", "1961").param("region", REGION)
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported", empty()))
                .andReturn().getResponse().getContentAsString();
        importIndicatorEight();

        String after = mvc.perform(get("/api/v1/indicators/8").param("from", "1961").param("region", REGION)
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported", hasSize(3)))
                .andExpect(jsonPath("$.imported[*].measure").value(contains("VOORZORG/BEFORE_BIRTH",
                        "VOORZORG/BEFORE_BIRTH", "VOORZORG/BEFORE_BIRTH")))
                .andExpect(jsonPath("$.imported[*].imported").value(contains(true, true, true)))
                .andExpect(jsonPath("$.imported[*].source").value(contains(SOURCE, SOURCE, SOURCE)))
                .andExpect(jsonPath("$.imported[?(@.group == 'GM0228')].value").value(contains(nullValue())))
                .andExpect(jsonPath("$.imported[?(@.group == 'GM0228')].suppressed").value(contains(true)))
                .andReturn().getResponse().getContentAsString();
        assertThat(cells(after)).as("the application's own cells are not changed by imported figures")
                .isEqualTo(cells(before));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE object = 'imported-figures'"
                + " AND action = 'EXPORT' AND detail = 'indicator 8 from=1961 to=1961 figures=3 in=feed'",
                Integer.class)).as("the export is in the access log").isOne();
        mvc.perform(get("/api/v1/indicators/8/history").param("from", "1961").param("to", "1961")
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.figures", hasSize(3)));

        String csv = mvc.perform(get("/api/v1/indicators/8").param("from", "1961").param("region", REGION)
                        .accept("text/csv").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("indicator,period,group,kind,phase,cases,suppressed,threshold,imported,source\r\n")
                .containsPattern("8,1961,GM0228,VOORZORG,BEFORE_BIRTH,,true,\\d+,true,TNO-rapport 1962\r\n");
        assertThat(csv.lines().skip(1).filter(line -> line.endsWith(",true," + SOURCE))).hasSize(3);

        mvc.perform(get("/api/v1/indicators/8").param("from", "1961").param("region", REGION)
                        .accept("application/fhir+json").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.group[?(@.code.coding[0].code == 'imported')]", hasSize(1)))
                .andExpect(jsonPath("$.group[?(@.code.coding[0].code == 'imported')].code.coding[0].system")
                        .value(contains("https://mdo.kansrijkestart.nl/fhir/CodeSystem/indicator-8-group")))
                .andExpect(jsonPath("$.group[?(@.code.coding[0].code == 'imported')].stratifier[0].stratum[*]"
                        + ".extension[0].valueString").value(contains(SOURCE, SOURCE, SOURCE)))
                .andExpect(jsonPath("$.group[?(@.code.coding[0].code == 'imported')].stratifier[0].stratum[?("
                        + "@.component[0].value.coding[0].code == 'GM0228')].population[0]._count.extension[0]"
                        + ".valueCode").value(contains("masked")));
    }

    @Test
    void theReportShowsTheImportedFiguresWithTheFeedsSuppressionAndSource() throws Exception {
        importHistory();
        mvc.perform(get("/api/v1/indicators/7").param("from", "1961").param("grouping", "region")
                        .param("region", REGION).with(httpBasic("coordinator", "demo")))
                .andExpect(jsonPath("$.imported[?(@.measure == 'FAMILY/POP')].suppressed").value(contains(true)))
                .andExpect(jsonPath("$.imported[?(@.measure == 'PREGNANCY/POP')].value").value(contains(34.0)))
                .andExpect(jsonPath("$.imported[?(@.group == 'GM0202')].value").value(contains(25.0)));
        signedIn.as("coordinator");

        ReportEdition edition = reports.open(reports.create(REGION, 1962, 1962), Locale.forLanguageTag("nl"));

        ReportChapter seven = edition.chapters().stream().filter(chapter -> chapter.indicator().equals("7"))
                .findFirst().orElseThrow();
        assertThat(cell(seven, "FAMILY/POP", 1961).shown()).isEqualTo("<10");
        assertThat(cell(seven, "FAMILY/POP", 1961).value()).isNull();
        assertThat(cell(seven, "PREGNANCY/POP", 1961).shown()).isEqualTo("34");
        assertThat(cell(seven, "GM0202", 1961).shown()).isEqualTo("25");
        assertThat(cell(seven, "PREGNANCY/POP", 1961).source()).isEqualTo(SOURCE);
        assertThat(seven.hasImported()).isTrue();
    }

    private static ReportFigure cell(ReportChapter chapter, String row, int year) {
        return chapter.rows().stream().filter(candidate -> candidate.key().equals(row)).findFirst()
                .map(found -> found.cells().get(year)).orElseThrow();
    }

    /** The part of a feed answer with the application's own cells. */
    private static String cells(String json) {
        return json.substring(json.indexOf("\"cells\""), json.indexOf("\"notYetPublished\""));
    }
}
