package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.kansrijkestart.mdo.meetings.Referral;
import nl.kansrijkestart.mdo.meetings.ReferralService;
import nl.kansrijkestart.mdo.meetings.ReferralStatus;

/**
 * "Verwijzingen" on the case page, for its care team: every referral of the case with its status,
 * the dates of its steps and a warning when it has not started in time, the next steps to record,
 * and a form to add a referral afterwards. Read each time the tab is shown, so it never shows an
 * older state than the one the steps are checked against.
 */
class CaseReferrals extends VerticalLayout {

    private final ReferralService service;
    private final String caseNumber;
    private final long me;
    private final Clock clock;
    private final VerticalLayout list = new VerticalLayout();
    private final Div adding = new Div();

    CaseReferrals(ReferralService service, String caseNumber, long me, Clock clock) {
        this.service = service;
        this.caseNumber = caseNumber;
        this.me = me;
        this.clock = clock;
        setId("case-referrals");
        setPadding(false);
        list.setPadding(false);
        list.setId("case-referral-list");
        add(new H2(getTranslation("referral.title")), new Paragraph(getTranslation("referral.case.intro")), list,
                adding);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        show();
    }

    void show() {
        list.removeAll();
        List<Referral> referrals = service.ofCase(caseNumber);
        if (referrals.isEmpty()) {
            list.add(new Paragraph(getTranslation("referral.none")));
        }
        LocalDate today = LocalDate.now(clock);
        for (Referral referral : referrals) {
            ReferralLine line = new ReferralLine(referral);
            if (!referral.status().next().isEmpty()) {
                line.add(new ReferralSteps(service, referral, today, List.of(ReferralStatus.values()), this::show));
            }
            list.add(line);
        }
        adding.removeAll();
        Button open = new Button(getTranslation("referral.new"), VaadinIcon.PLUS.create(), click -> {
            adding.removeAll();
            adding.add(new ReferralForm(service, caseNumber, null, caseNumber, me, made -> show()));
        });
        open.setId("new-referral");
        adding.add(open);
    }
}
