package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.meetings.ReferralService;
import nl.kansrijkestart.mdo.shared.ui.CaseSection;

/** The referrals tab of the case page ({@link CaseReferrals}), which the meetings module adds. */
@org.springframework.stereotype.Component
class CaseReferralsSection implements CaseSection {

    static final String KEY = "verwijzingen";

    private final ReferralService referrals;
    private final CurrentUserService currentUser;
    private final Clock clock;

    CaseReferralsSection(ReferralService referrals, CurrentUserService currentUser, Clock clock) {
        this.referrals = referrals;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String titleKey() {
        return "referral.title";
    }

    @Override
    public Component create(String caseNumber) {
        return new CaseReferrals(referrals, caseNumber, currentUser.require().id(), clock);
    }
}
