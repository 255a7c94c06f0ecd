package nl.kansrijkestart.mdo.indicators;

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

    FactRecorder(FactStore store, CaseIndicatorFacts cases) {
        this.store = store;
        this.cases = cases;
    }

    @EventListener
    @Transactional
    void on(AssessmentRecorded recorded) {
        store.assessment(recorded.administeredOn(), recorded.municipalityCode(), recorded.caseType(),
                recorded.recordedBy(), recorded.validated());
    }

    @EventListener
    @Transactional
    void on(ReferralStarted started) {
        store.referralStart(started.startedOn(), started.municipalityCode(), started.caseType(),
                started.kind().name(), started.phase().name(), started.daysSinceRegistration(), started.firstOfKind(),
                started.firstLocalTeamSupport());
    }

    @EventListener
    @Transactional
    void on(CaseDiscussed discussed) {
        DiscussionFacts facts = cases.discussed(discussed.caseNumber(), discussed.meetingDate());
        store.discussion(discussed.meetingDate(), facts.municipalityCode(), facts.type(), facts.token(),
                facts.socialCaseDirector());
        if (facts.daysSinceRegistration() != null) {
            store.firstDiscussion(discussed.meetingDate(), facts.municipalityCode(), facts.type(),
                    facts.daysSinceRegistration());
        }
    }
}
