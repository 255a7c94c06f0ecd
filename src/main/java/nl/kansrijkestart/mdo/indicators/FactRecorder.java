package nl.kansrijkestart.mdo.indicators;

import java.time.Clock;
import java.time.LocalDate;
import nl.kansrijkestart.mdo.cases.AssessmentRecorded;
import nl.kansrijkestart.mdo.cases.meetingaccess.CaseIndicatorFacts;
import nl.kansrijkestart.mdo.cases.DiscussionFacts;
import nl.kansrijkestart.mdo.indicators.internal.FactStore;
import nl.kansrijkestart.mdo.meetings.CaseDiscussed;
import nl.kansrijkestart.mdo.meetings.ReferralStarted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the facts of indicators 6, 10 and 12 at the moment they happen, in the transaction of the
 * professional's or chair's change, so a result or discussion is stored with its fact or not at
 * all. Nothing stored names the case: erasure of a case later changes no figure.
 */
@Component
class FactRecorder {

    private final FactStore store;
    private final CaseIndicatorFacts cases;
    private final Clock clock;

    FactRecorder(FactStore store, CaseIndicatorFacts cases, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void on(AssessmentRecorded recorded) {
        store.assessment(recorded.administeredOn(), LocalDate.now(clock), recorded.municipalityCode(),
                recorded.caseType(), recorded.recordedBy(), recorded.validated());
    }

    @EventListener
    @Transactional
    void on(ReferralStarted started) {
        store.referralStart(started.startedOn(), LocalDate.now(clock), started.municipalityCode(), started.caseType(),
                started.kind().name(), started.phase().name(), started.daysSinceRegistration(), started.firstOfKind(),
                started.firstLocalTeamSupport());
    }

    @EventListener
    @Transactional
    void on(CaseDiscussed discussed) {
        DiscussionFacts facts = cases.discussed(discussed.caseNumber(), discussed.meetingDate());
        LocalDate today = LocalDate.now(clock);
        store.discussion(discussed.meetingDate(), today, facts.municipalityCode(), facts.type(), facts.token(),
                facts.socialCaseDirector());
        if (facts.daysSinceRegistration() != null) {
            store.firstDiscussion(discussed.meetingDate(), today, facts.municipalityCode(), facts.type(),
                    facts.daysSinceRegistration());
        }
    }
}
