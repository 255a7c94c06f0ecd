package nl.kansrijkestart.mdo.offer;

import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.meetings.MeetingScenarios;
import nl.kansrijkestart.mdo.meetings.ReferralService;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.i18n.Languages;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.TestPropertySource;

/**
 * The wegwijzer of a municipality, printed and read back: one page in plain Dutch with the support
 * offered there today, grouped by phase, each with how to reach it; never anything of a case. Its own
 * application context, so the offer is exactly the shipped one whatever other tests add to it.
 */
@IntegrationTest
@TestPropertySource(properties = "mdo.test.context=wegwijzer")
class WegwijzerPdfTest {

    @Autowired
    private WegwijzerPdf pdf;

    @Autowired
    private LocalOfferService offers;

    @Autowired
    private ReferralService referrals;

    @Autowired
    private MeetingScenarios scenarios;

    @Autowired
    private CurrentUserService users;

    @Autowired
    private SignedIn signedIn;

    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void arnhemsWegwijzerIsOnePageWithItsSupportGroupedByPhaseAndHowToReachIt() throws IOException {
        signedIn.as("verloskundige");

        Printed arnhem = print("GM0202");

        assertThat(arnhem.pages()).isEqualTo(1);
        assertThat(arnhem.text()).contains("Wegwijzer voor ouders in Arnhem", "Als u zwanger bent", "Na de geboorte",
                "Als u zwanger bent en na de geboorte", "Stevig Ouderschap", "Prenataal huisbezoek JGZ",
                "Sociaal team / CJG Arnhem", "Bel: 088 355 0102", "Website: jgz.voorbeeld.nl/stevig-ouderschap",
                "Adres: Voorbeeldstraat 1, 6800 AA Arnhem", "Bel 112", "voorbeeldgegevens");
        assertThat(arnhem.text()).doesNotContain("Sociaal team / CJG Ede", "CenteringPregnancy Ede-Wageningen");
    }

    @Test
    void everyMunicipalityOfTheCoalitionFitsOnOnePage() throws IOException {
        signedIn.as("jgz");
        for (String code : List.of("GM0203", "GM0228", "GM0299", "GM1734")) {
            assertThat(print(code).pages()).as(code).isEqualTo(1);
        }
    }

    @Test
    void theMunicipalWegwijzerHoldsNothingOfTheCasesReferredThere() throws IOException {
        MeetingScenarios.Running closed = scenarios.closed("W.Q.", "Conclusie-Wegwijzer-Okapi");
        signedIn.as("verloskundige");
        referrals.create(closed.caseNumber(), null, offer("STEVIG-OUDERSCHAP"), idOf(users, "verloskundige"));

        String text = print("GM0202").text();

        assertThat(text).doesNotContain(closed.caseNumber(), "W.Q.", "Conclusie-Wegwijzer-Okapi", "Wat is nodig?",
                "Marieke de Vries", "Financiële problemen");
    }

    @Test
    void everySignedInRoleMayPrintItAndEachDownloadIsAnExportInTheAccessLog() throws IOException {
        for (String user : List.of("coordinator", "admin", "voorzitter", "wijkteam")) {
            signedIn.as(user);
            int before = exports(user);
            assertThat(print("GM0289").text()).as(user).contains("Wegwijzer voor ouders in Wageningen");
            assertThat(exports(user)).as(user).isEqualTo(before + 1);
        }
        assertThat(jdbc.queryForObject("SELECT detail FROM audit_entry WHERE object = 'wegwijzer' AND username ="
                + " 'wijkteam' ORDER BY id DESC FETCH FIRST 1 ROWS ONLY", String.class))
                .startsWith("municipality GM0289 on ");
        assertThatThrownBy(() -> print("GM9999")).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.problems()).extracting(p -> p.field()).containsExactly("municipality"));
        signedIn.nobody();
        assertThatThrownBy(() -> print("GM0202")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private int exports(String user) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE object = 'wegwijzer' AND action = 'EXPORT'"
                + " AND case_number IS NULL AND username = ?", Integer.class, user);
    }

    private long offer(String code) {
        return offers.offers().stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow().id();
    }

    private Printed print(String municipalityCode) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.municipal(municipalityCode, Languages.DUTCH, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            // Lines wrap in the columns; the words stay in order.
            return new Printed(document.getNumberOfPages(),
                    new PDFTextStripper().getText(document).replaceAll("\\s+", " "));
        }
    }

    private record Printed(int pages, String text) {}
}
