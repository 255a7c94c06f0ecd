package nl.kansrijkestart.mdo.meetings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.kansrijkestart.mdo.cases.BirthPhase;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.indicators.FactIndicatorService;
import nl.kansrijkestart.mdo.indicators.FactRequest;
import nl.kansrijkestart.mdo.indicators.internal.FactStore;
import nl.kansrijkestart.mdo.meetings.AgendaEntry;
import nl.kansrijkestart.mdo.meetings.MeetingAgenda;
import nl.kansrijkestart.mdo.meetings.MeetingService;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.meetings.ReferralStatus;
import nl.kansrijkestart.mdo.offer.OfferKind;
import nl.kansrijkestart.mdo.testing.AdjustableClock;
import nl.kansrijkestart.mdo.testing.SignedIn;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The README's walk through referrals, on fresh demo data of its own (a test context of its own, so
 * no other test has touched the demo meeting): {@code voorzitter} refers the demo family M.D. to
 * Stevig Ouderschap and the social team in the demo MDO, {@code wijkteam} (the family's contact
 * person) records both starts on her start page, and {@code coordinator} finds them in indicators 8
 * and 12 of this year.
 */
@TestPropertySource(properties = "mdo.test.context=referral-walk")
class ReferralWalkTest extends UiTest {

    @Autowired
    private MeetingService meetings;

    @Autowired
    private MeetingAgenda agendas;

    @Autowired
    private FactIndicatorService indicators;

    @Autowired
    private FactStore facts;

    @Autowired
    private AdjustableClock clock;

    @Autowired
    private SignedIn signedIn;

    @AfterEach
    void clockBackToNow() {
        clock.reset();
    }

    @Test
    void theChairRefersTheDemoFamilyItsContactPersonRecordsTheStartsAndIndicatorsEightAndTwelveCountThem() {
        signedIn.as("voorzitter");
        MeetingSummary mdo = meetings.myMeetings().stream()
                .filter(m -> m.guests().stream().anyMatch(guest -> guest.name().equals("J. Jansen")))
                .findFirst().orElseThrow();
        if (mdo.startsAt().toLocalDate().isAfter(LocalDate.now(clock))) {
            // After 22:00 the demo plans its MDO for tomorrow; the walk then takes place on that day.
            clock.runTo(mdo.startsAt().toInstant().minusSeconds(3600));
        }
        LocalDate today = LocalDate.now(clock);
        AgendaEntry family = agendas.agenda(mdo.id()).stream()
                .filter(entry -> Objects.requireNonNull(entry.caseSummary()).type() == CaseType.FAMILY)
                .findFirst().orElseThrow();
        String caseNumber = Objects.requireNonNull(family.caseNumber());
        // Early in January the demo history of this year is still too small to show a total.
        for (int i = 0; i < 10; i++) {
            facts.referralStart(today, "GM0202", CaseType.FAMILY, "STEVIG_OUDERSCHAP", "AFTER_BIRTH", 30, true, false);
            facts.referralStart(today, "GM0202", CaseType.FAMILY, "SOCIAL_TEAM_SUPPORT", "AFTER_BIRTH", 30, true, true);
        }
        long stevigOuderschapBefore = stevigOuderschapAfterBirth(today.getYear());
        long localTeamBefore = firstLocalTeamSupport(today.getYear());

        loginAs("voorzitter");
        UI.getCurrent().navigate("overleggen/" + mdo.id());
        _click(_get(Button.class, spec -> spec.withId("start-meeting")));
        refer(caseNumber, "STEVIG-OUDERSCHAP", true);
        refer(caseNumber, "SOCIAAL-TEAM-GM0275", true);
        assertThat(_get(Div.class, spec -> spec.withId("agenda-item-" + caseNumber)).getElement().getTextRecursively())
                .contains("Stevig Ouderschap · Verwezen", "Sociaal team / CJG Rheden · Verwezen",
                        "Verwijzer: Sevda Yilmaz");

        loginAs("wijkteam");
        UI.getCurrent().navigate("");
        List<String> toStart = _find(_get(Div.class, spec -> spec.withId("start-referrals")), Anchor.class).stream()
                .filter(link -> link.getHref().equals("casussen/" + caseNumber + "?tab=verwijzingen"))
                .map(link -> link.getId().orElseThrow().replace("-case", "")).toList();
        assertThat(toStart).hasSize(2);
        toStart.forEach(referral -> _click(_get(Button.class, spec -> spec.withId(referral + "-STARTED"))));
        assertThat(_get(Div.class, spec -> spec.withId("start-referrals")).getElement().getTextRecursively())
                .doesNotContain("casus " + caseNumber);

        assertThat(stevigOuderschapAfterBirth(today.getYear())).isEqualTo(stevigOuderschapBefore + 1);
        assertThat(firstLocalTeamSupport(today.getYear())).isEqualTo(localTeamBefore + 1);
    }

    /** The chair opens the form in the family's outcome and refers it right away, to {@code wijkteam}. */
    private static void refer(String caseNumber, String offerCode, boolean suggested) {
        _click(_get(Button.class, spec -> spec.withId("new-referral-" + caseNumber)));
        ReferralForm form = _get(ReferralForm.class);
        var offer = form.offer.getListDataView().getItems().filter(o -> o.code().equals(offerCode)).findFirst()
                .orElseThrow();
        assertThat(form.offer.getItemLabelGenerator().apply(offer).endsWith("– voorgesteld")).isEqualTo(suggested);
        _setValue(form.offer, offer);
        _setValue(form.referrer, form.referrer.getListDataView().getItems()
                .filter(member -> member.name().equals("Sevda Yilmaz")).findFirst().orElseThrow());
        _setValue(form.status, ReferralStatus.REFERRED);
        _click(form.save);
    }

    /** Indicator 8 as the coordinator reads it: this year's total of Stevig Ouderschap started after birth. */
    private long stevigOuderschapAfterBirth(int year) {
        signedIn.as("coordinator");
        return indicators.supportStarted(new FactRequest(year, year, null)).cells().stream()
                .filter(cell -> cell.group().equals(FactIndicatorService.TOTAL)
                        && cell.kind() == OfferKind.STEVIG_OUDERSCHAP && cell.phase() == BirthPhase.AFTER_BIRTH)
                .map(cell -> Objects.requireNonNull(cell.cases().value())).findFirst().orElseThrow();
    }

    /** Indicator 12 (support by the social team or CJG) as the coordinator reads it: this year's cases. */
    private long firstLocalTeamSupport(int year) {
        signedIn.as("coordinator");
        return indicators.daysToSupport(new FactRequest(year, year, null)).cells().stream()
                .filter(cell -> cell.group().equals(FactIndicatorService.TOTAL))
                .map(cell -> Objects.requireNonNull(cell.cases().value())).findFirst().orElseThrow();
    }
}
