package nl.kansrijkestart.mdo.meetings;

import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import nl.kansrijkestart.mdo.cases.CaseNotAccessibleException;
import nl.kansrijkestart.mdo.cases.Factor;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.offer.HandOverSheet;
import nl.kansrijkestart.mdo.offer.LocalOfferService;
import nl.kansrijkestart.mdo.shared.i18n.Languages;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The wegwijzer a contact person hands to the parents: her name, organisation and work phone and
 * the agreed support with how to reach it; nothing else of the case. Only for the care team, each
 * download an export of the case in the access log.
 */
@IntegrationTest
class HandOverServiceTest {

    private static final LocalDate TODAY = LocalDate.now();
    private static final String CONCLUSION = "Conclusie-Overdracht-Tapir";
    private static final String DECLINED_REASON = "Wil-Eerst-Zelf-Bellen-Quokka";

    @Autowired
    private HandOverService handOver;

    @Autowired
    private ReferralService referrals;

    @Autowired
    private LocalOfferService offers;

    @Autowired
    private MeetingScenarios scenarios;

    @Autowired
    private CurrentUserService users;

    @Autowired
    private SignedIn signedIn;

    @Autowired
    private MessageSource messages;

    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void theWegwijzerNamesTheContactPersonWithPhoneAndTheAgreedSupportButNothingElseOfTheCase() throws IOException {
        String caseNumber = caseWithReferrals("H.A.");
        signedIn.as("verloskundige");
        int exports = exports(caseNumber);

        String text = print(caseNumber);

        assertThat(text).contains("Uw contactpersoon", "Marieke de Vries", "Verloskundigenpraktijk De Wieg (demo)",
                "Bel: 026 000 4103", "Stevig Ouderschap", "U bent aangemeld op", "Sociaal team / CJG Arnhem",
                "Deze hulp is begonnen op", "Bel: 088 355 0102");
        assertThat(text).as("declined and ended support is not on it")
                .doesNotContain("Schuldhulpverlening Arnhem", "Kraamzorg Midden-Gelderland", DECLINED_REASON);
        assertThat(text).as("nothing else of the case").doesNotContain(caseNumber, "H.A.", CONCLUSION,
                "Wat is nodig?", "Zorgen over huisvesting.");
        assertThat(text).as("no risk factor names").doesNotContain(Arrays.stream(Factor.values())
                .filter(factor -> factor.kind() != Factor.Kind.PROTECTIVE)
                .map(factor -> messages.getMessage(factor.messageKey(), null, Languages.DUTCH)).toArray(String[]::new));
        assertThat(exports(caseNumber)).isEqualTo(exports + 1);
    }

    @Test
    void everyMemberOfTheCareTeamMayPrintItButNobodyElseAndARefusalIsLogged() throws IOException {
        String caseNumber = caseWithReferrals("H.B.");

        signedIn.as("voorzitter");
        assertThatThrownBy(() -> print(caseNumber)).as("the chair, not on the care team")
                .isInstanceOf(CaseNotAccessibleException.class);
        signedIn.as("gynaecoloog");
        assertThatThrownBy(() -> print(caseNumber)).isInstanceOf(CaseNotAccessibleException.class);
        signedIn.as("coordinator");
        assertThatThrownBy(() -> print(caseNumber)).isInstanceOf(AccessDeniedException.class);
        signedIn.as("admin");
        assertThatThrownBy(() -> handOver.preview(caseNumber)).isInstanceOf(AccessDeniedException.class);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE case_number = ? AND outcome = 'DENIED'"
                + " AND username IN ('voorzitter', 'gynaecoloog')", Integer.class, caseNumber))
                .isGreaterThanOrEqualTo(2);
        assertThat(exports(caseNumber)).isZero();
    }

    @Test
    void theCheckOnScreenShowsWhatThePdfWillSayAndIsLoggedAsARead() {
        String caseNumber = caseWithReferrals("H.C.");
        signedIn.as("verloskundige");

        HandOverSheet sheet = handOver.preview(caseNumber);

        assertThat(sheet.contactName()).isEqualTo("Marieke de Vries");
        assertThat(sheet.contactPhone()).isEqualTo("026 000 4103");
        assertThat(sheet.support()).extracting(support -> support.offer().code())
                .containsExactly("STEVIG-OUDERSCHAP", "SOCIAAL-TEAM-GM0202");
        assertThat(exports(caseNumber)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE case_number = ? AND object = 'wegwijzer'"
                + " AND action = 'READ'", Integer.class, caseNumber)).isEqualTo(1);
    }

    @Test
    void withoutAgreedSupportTheWegwijzerSaysTheContactPersonWillDiscussIt() throws IOException {
        MeetingScenarios.Running closed = scenarios.closed("H.D.", CONCLUSION);
        signedIn.as("verloskundige");

        assertThat(print(closed.caseNumber())).contains("Er is nog geen hulp afgesproken", "Marieke de Vries");
    }

    /**
     * A closed meeting's case of the midwife (its contact person) with four referrals: Stevig
     * Ouderschap referred, the social team started, debt counselling declined, maternity care ended.
     */
    private String caseWithReferrals(String initials) {
        MeetingScenarios.Running closed = scenarios.closed(initials, CONCLUSION);
        signedIn.as("verloskundige");
        long me = idOf(users, "verloskundige");
        Referral stevig = referrals.create(closed.caseNumber(), null, offer("STEVIG-OUDERSCHAP"), me);
        Referral team = referrals.create(closed.caseNumber(), null, offer("SOCIAAL-TEAM-GM0202"), me);
        Referral debt = referrals.create(closed.caseNumber(), null, offer("SCHULDHULP-GM0202"), me);
        Referral maternity = referrals.create(closed.caseNumber(), null, offer("KRAAMZORG"), me);
        move(stevig, ReferralStatus.REFERRED);
        move(move(team, ReferralStatus.REFERRED), ReferralStatus.STARTED);
        referrals.move(debt.id(), debt.version(), ReferralStatus.DECLINED, TODAY, DECLINED_REASON);
        move(move(move(maternity, ReferralStatus.REFERRED), ReferralStatus.STARTED), ReferralStatus.ENDED);
        signedIn.nobody();
        return closed.caseNumber();
    }

    private Referral move(Referral referral, ReferralStatus next) {
        return referrals.move(referral.id(), referral.version(), next, TODAY, null);
    }

    private String print(String caseNumber) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handOver.write(caseNumber, Languages.DUTCH, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private int exports(String caseNumber) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE case_number = ? AND object = 'wegwijzer'"
                + " AND action = 'EXPORT' AND outcome = 'SUCCESS'", Integer.class, caseNumber);
    }

    private long offer(String code) {
        return offers.offers().stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow().id();
    }
}
