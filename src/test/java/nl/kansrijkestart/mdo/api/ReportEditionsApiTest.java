package nl.kansrijkestart.mdo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import nl.kansrijkestart.mdo.indicators.report.ReportService;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The editions of the regional report through the API: the list, one edition as JSON with its
 * chapters and its PDF; coordinators only, each read logged as an export; an edition unknown or
 * outside the scope answers 404. Editions of 1975 (no other test makes them).
 */
@IntegrationTest
class ReportEditionsApiTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ReportService reports;

    @Autowired
    private SignedIn signedIn;

    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void aCoordinatorListsReadsAndDownloadsEditions() throws Exception {
        signedIn.as("coordinator");
        long edition = reports.create("GM0202", 1975, 1975);
        reports.comment(edition, reports.open(edition, DUTCH).version(), "7", "Arnhem in 1975.");
        reports.publish(edition, reports.open(edition, DUTCH).version(), DUTCH);
        long next = reports.create("GM0202", 1975, 1975);
        signedIn.nobody();

        mvc.perform(get("/api/v1/indicator-reports").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem((int) edition)));
        mvc.perform(get("/api/v1/indicator-reports/" + edition).with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.areaName").value("Arnhem"))
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.chapters[*].indicator").value(contains("6", "7", "8", "10", "12")))
                .andExpect(jsonPath("$.chapters[1].commentary").value("Arnhem in 1975."))
                .andExpect(jsonPath("$.chapters[1].rows[0].cells[0].year").value(1975));
        mvc.perform(get("/api/v1/indicator-reports/" + next).param("compare", String.valueOf(edition))
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.comparedWith").value((int) edition));

        byte[] pdf = mvc.perform(get("/api/v1/indicator-reports/" + edition).accept(MediaType.APPLICATION_PDF)
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Arnhem",
                    "Indicator 8: gestarte ondersteuning voor en na de geboorte", "Arnhem in 1975.");
        }
        mvc.perform(get("/api/v1/indicator-reports/" + edition + "/pdf").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));

        assertThat(jdbc.queryForList("SELECT detail FROM audit_entry WHERE object = 'indicator-report'"
                + " AND action = 'EXPORT' AND detail LIKE ?", String.class, "edition " + edition + " %"))
                .anyMatch(detail -> detail.endsWith("format=json"))
                .anyMatch(detail -> detail.endsWith("format=pdf"));
    }

    @Test
    void othersAreRefusedAndAnUnknownEditionIsNotFound() throws Exception {
        signedIn.as("coordinator");
        long edition = reports.create("GM0202", 1975, 1975);
        long elsewhere = reports.create("GM0228", 1975, 1975);
        signedIn.nobody();

        for (String user : new String[] {"verloskundige", "voorzitter"}) {
            mvc.perform(get("/api/v1/indicator-reports/" + edition).with(httpBasic(user, "demo")))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/indicator-reports").with(httpBasic(user, "demo")))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/indicator-reports/999999999").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("api.report-not-found"));
        mvc.perform(get("/api/v1/indicator-reports/" + edition).param("compare", String.valueOf(elsewhere))
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("compare"));
    }
}
