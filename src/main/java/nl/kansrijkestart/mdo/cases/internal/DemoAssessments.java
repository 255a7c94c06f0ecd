package nl.kansrijkestart.mdo.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kansrijkestart.mdo.cases.AssessmentDraft;
import nl.kansrijkestart.mdo.cases.AssessmentService;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.cases.ReportedRiskLevel;
import nl.kansrijkestart.mdo.cases.Respondent;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.shared.DemoDataLoader;
import nl.kansrijkestart.mdo.shared.DemoSession;
import nl.kansrijkestart.mdo.reference.DomainSummary;
import nl.kansrijkestart.mdo.reference.InstrumentCatalogue;
import nl.kansrijkestart.mdo.reference.InstrumentSummary;
import nl.kansrijkestart.mdo.reference.InstrumentVersionSummary;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A result of every shipped instrument on the demo cases, entered by a care-team member through
 * the real service. The risk level is the one "reported" in the demo, never computed.
 */
@Component
@Order(25)
class DemoAssessments implements DemoDataLoader {

    /** Which demo professional enters which instrument on the case with these initials. */
    private static final List<Entry> RESULTS = List.of(
            new Entry("verloskundige", "A.K.", "R4U", ReportedRiskLevel.HIGH),
            new Entry("verloskundige", "A.K.", "GM-SIGNALERING", ReportedRiskLevel.INCREASED),
            new Entry("verloskundige", "S.B.", "ALPHA-NL", ReportedRiskLevel.INCREASED),
            new Entry("psychiater", "L.V.", "MIND2CARE", ReportedRiskLevel.HIGH),
            new Entry("wijkteam", "M.D.", "GIZ", ReportedRiskLevel.INCREASED));

    private final CaseFileRepository repository;
    private final CaseService cases;
    private final AssessmentService assessments;
    private final InstrumentCatalogue catalogue;
    private final CurrentUserService users;
    private final DemoSession session;
    private final Clock clock;

    DemoAssessments(CaseFileRepository repository, CaseService cases, AssessmentService assessments,
            InstrumentCatalogue catalogue, CurrentUserService users, DemoSession session, Clock clock) {
        this.repository = repository;
        this.cases = cases;
        this.assessments = assessments;
        this.catalogue = catalogue;
        this.users = users;
        this.session = session;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void load() {
        for (Entry entry : RESULTS) {
            repository.findAll().stream()
                    .filter(caseFile -> entry.initials().equals(caseFile.getInitials()))
                    .filter(caseFile -> caseFile.getAssessments().stream()
                            .noneMatch(a -> a.getInstrumentCode().equals(entry.instrumentCode())))
                    .findFirst()
                    .ifPresent(caseFile -> session.as(entry.username(), () -> add(caseFile.getCaseNumber(), entry)));
        }
    }

    private CaseDetails add(String caseNumber, Entry entry) {
        InstrumentVersionSummary version = catalogue.instruments().stream()
                .filter(instrument -> instrument.code().equals(entry.instrumentCode()))
                .map(InstrumentSummary::versions)
                .map(List::getLast)
                .findFirst().orElseThrow();
        CaseDetails current = cases.open(caseNumber);
        return assessments.record(caseNumber, current.version(), new AssessmentDraft(version.id(),
                LocalDate.now(clock).minusDays(2), Respondent.CLIENT, users.require().displayName(), values(version),
                version.total() == null ? null : Math.min(version.total().max(), 2), entry.level(),
                "Bespreken in het MDO Kwetsbaar Zwanger.", true));
    }

    /** The first two domains signalled (or mid-scale for a score), the others not. */
    private static Map<String, Integer> values(InstrumentVersionSummary version) {
        Map<String, Integer> values = new LinkedHashMap<>();
        int index = 0;
        for (DomainSummary domain : version.domains()) {
            values.put(domain.code(), domain.range() == null
                    ? (index < 2 ? 1 : 0)
                    : (domain.range().min() + domain.range().max()) / 2);
            index++;
        }
        return values;
    }

    private record Entry(String username, String initials, String instrumentCode, ReportedRiskLevel level) {}
}
