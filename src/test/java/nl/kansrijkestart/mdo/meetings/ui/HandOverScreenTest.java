package nl.kansrijkestart.mdo.meetings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.nio.charset.StandardCharsets;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.meetings.MeetingScenarios;
import nl.kansrijkestart.mdo.meetings.ReferralService;
import nl.kansrijkestart.mdo.offer.LocalOfferService;
import nl.kansrijkestart.mdo.shared.ui.NotFoundView;
import nl.kansrijkestart.mdo.testing.SignedIn;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** From the case page to the wegwijzer for the parents: what it will say, and the PDF. */
class HandOverScreenTest extends UiTest {

    @Autowired
    private MeetingScenarios scenarios;

    @Autowired
    private ReferralService referrals;

    @Autowired
    private LocalOfferService offers;

    @Autowired
    private CurrentUserService users;

    @Autowired
    private SignedIn signedIn;

    @Test
    void fromTheCasePageTheContactPersonChecksAndDownloadsTheWegwijzerForTheParents() {
        String caseNumber = referredToStevigOuderschap("G.A.");
        loginAs("verloskundige");
        UI.getCurrent().navigate("casussen/" + caseNumber);

        _click(_get(Button.class, spec -> spec.withId("case-wegwijzer")));

        _assertOne(HandOverView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("handover-contact")).getText())
                .isEqualTo("Marieke de Vries, Verloskundigenpraktijk De Wieg (demo), 026 000 4103");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("handover-support")).getElement()
                .getTextRecursively()).contains("Stevig Ouderschap");
        byte[] pdf = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("handover-pdf")));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void someoneOutsideTheCareTeamSeesNotFound() {
        String caseNumber = referredToStevigOuderschap("G.B.");
        loginAs("jgz");

        UI.getCurrent().navigate("casussen/" + caseNumber + "/wegwijzer");

        _assertOne(NotFoundView.class);
    }

    private String referredToStevigOuderschap(String initials) {
        MeetingScenarios.Running closed = scenarios.closed(initials, "Steun bij het ouderschap.", "jgz");
        signedIn.as("verloskundige");
        long stevig = offers.offers().stream().filter(o -> o.code().equals("STEVIG-OUDERSCHAP")).findFirst()
                .orElseThrow().id();
        referrals.create(closed.caseNumber(), null, stevig, idOf(users, "verloskundige"));
        signedIn.nobody();
        return closed.caseNumber();
    }
}
