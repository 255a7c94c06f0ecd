package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import nl.kansrijkestart.mdo.meetings.Referral;
import nl.kansrijkestart.mdo.meetings.ReferralService;
import nl.kansrijkestart.mdo.meetings.ReferralStatus;
import nl.kansrijkestart.mdo.shared.CurrentAuthentication;
import nl.kansrijkestart.mdo.shared.ui.StartPanel;
import org.springframework.stereotype.Component;

/**
 * The start page's block for the contact person: the open referrals of her cases, those not
 * started in time first and marked, each with its next step to record right here (referred, or
 * started on a date) and a link to the case's referrals for anything else.
 */
@Component
class ReferralStartPanel implements StartPanel {

    private final ReferralService referrals;
    private final CaseReferralsSection section;
    private final CurrentAuthentication authentication;
    private final Clock clock;

    ReferralStartPanel(ReferralService referrals, CaseReferralsSection section, CurrentAuthentication authentication,
            Clock clock) {
        this.referrals = referrals;
        this.section = section;
        this.authentication = authentication;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<com.vaadin.flow.component.Component> create() {
        if (!authentication.hasRole("PROFESSIONAL")) {
            return List.of();
        }
        return List.of(new OpenReferrals());
    }

    /** Drawn again from the service after each step recorded in it. */
    final class OpenReferrals extends Div {

        OpenReferrals() {
            setId("start-referrals");
            addClassName("start-panel");
            show();
        }

        private void show() {
            removeAll();
            add(new H2(getTranslation("start.referrals.title")));
            List<Referral> open = referrals.myOpenReferrals().stream()
                    .sorted(Comparator.comparing((Referral referral) -> !referral.flagged())).toList();
            long flagged = open.stream().filter(Referral::flagged).count();
            Paragraph count = new Paragraph(open.isEmpty() ? getTranslation("start.referrals.none")
                    : getTranslation("start.referrals.count", open.size(), flagged));
            count.setId("start-referrals-count");
            add(count);
            LocalDate today = LocalDate.now(clock);
            for (Referral referral : open) {
                ReferralLine line = new ReferralLine(referral);
                line.addClassName("start-line");
                Anchor toCase = new Anchor(section.address(referral.caseNumber()),
                        getTranslation("start.referrals.to-case", referral.caseNumber()));
                toCase.getElement().setAttribute("router-link", true);
                toCase.setId("referral-" + referral.id() + "-case");
                line.add(new Div(toCase), new ReferralSteps(referrals, referral, today,
                        List.of(ReferralStatus.REFERRED, ReferralStatus.STARTED), this::show));
                add(line);
            }
        }
    }
}
