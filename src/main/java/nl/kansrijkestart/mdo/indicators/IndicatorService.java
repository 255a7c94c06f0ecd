package nl.kansrijkestart.mdo.indicators;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.reference.RegionService;
import nl.kansrijkestart.mdo.reference.RegionSummary;
import nl.kansrijkestart.mdo.shared.CurrentAuthentication;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.InvalidInputException.FieldProblem;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.shared.audit.AuditActor;
import nl.kansrijkestart.mdo.shared.audit.AuditEvent;
import nl.kansrijkestart.mdo.shared.audit.AuditOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymous aggregates of the counting events for coordinators. A case counts once per period as
 * a case (distinct tokens; the token changes each year, so a year is the longest period that can
 * count distinct cases) and once per discussion. Aggregation runs in the database in one grouped
 * query; every export is suppressed ({@link Suppression}) and logged.
 */
@Service
public class IndicatorService {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2200;
    static final int MAX_YEARS = 50;


    private final JdbcClient jdbc;
    private final CountingQuery counting;
    private final RegionService regions;
    private final ApplicationEventPublisher events;
    private final CurrentUserService currentUser;
    private final CurrentAuthentication authentication;
    private final Clock clock;
    private final Suppression suppression;

    IndicatorService(JdbcClient jdbc, CountingQuery counting, RegionService regions,
            ApplicationEventPublisher events, CurrentUserService currentUser, CurrentAuthentication authentication,
            Clock clock,
            @Value("${mdo.indicators.suppression-threshold:10}") int threshold) {
        this.jdbc = jdbc;
        this.counting = counting;
        this.regions = regions;
        this.events = events;
        this.currentUser = currentUser;
        this.authentication = authentication;
        this.clock = clock;
        this.suppression = new Suppression(threshold);
    }

    /**
     * Indicator 7 as requested, within the coordinator's scope and with small cells suppressed;
     * logged as an export with its parameters.
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public IndicatorReport export(IndicatorRequest request) {
        List<RegionSummary> all = regions.regions();
        validate(request, all);
        Optional<CurrentUser> user = currentUser.signedIn();
        CoordinatorScope scope = CoordinatorScope.of(user.map(CurrentUser::municipalityScope).orElse(Set.of()), all);
        List<CountingQuery.Counted> counted = counting.run(request, scope, regionRows(request, scope, all));
        audit(user.map(CurrentUser::asActor).orElseGet(this::serviceAccount), describe(request));
        Map<String, @Nullable String> parents = request.grouping() == Grouping.REGION ? parents(all) : Map.of();
        return new IndicatorReport(request, suppression.threshold(), suppressed(counted, parents));
    }

    private List<IndicatorCell> suppressed(List<CountingQuery.Counted> counted, Map<String, @Nullable String> parents) {
        Set<Suppression.Cell> hiddenCases =
                suppression.hidden(table(counted, CountingQuery.Counted::cases), parents);
        Set<Suppression.Cell> hiddenDiscussions =
                suppression.hidden(table(counted, CountingQuery.Counted::discussions), parents);
        List<IndicatorCell> cells = new ArrayList<>();
        for (CountingQuery.Counted row : counted) {
            Suppression.Cell cell = new Suppression.Cell(row.group(), row.period());
            cells.add(new IndicatorCell(row.period(), row.group(),
                    hiddenCases.contains(cell) ? Count.hidden() : Count.shown(row.cases()),
                    hiddenDiscussions.contains(cell) ? Count.hidden() : Count.shown(row.discussions())));
        }
        cells.sort(Comparator.comparing(IndicatorCell::group).thenComparing(IndicatorCell::period));
        return cells;
    }

    private static Map<Suppression.Cell, Long> table(List<CountingQuery.Counted> counted,
            ToLongFunction<CountingQuery.Counted> measure) {
        return counted.stream().collect(Collectors.toMap(row -> new Suppression.Cell(row.group(), row.period()),
                measure::applyAsLong));
    }

    /** Every region code with its parent's code, so nested region rows protect their remainders. */
    private static Map<String, @Nullable String> parents(List<RegionSummary> all) {
        Map<Long, String> codes = all.stream().collect(Collectors.toMap(RegionSummary::id, RegionSummary::code));
        Map<String, @Nullable String> parents = new HashMap<>();
        all.forEach(region -> parents.put(region.code(),
                region.parentId() == null ? null : codes.get(region.parentId())));
        return parents;
    }

    /** For a region grouping: the regions that may be rows (within scope, within the chosen region). */
    private static @Nullable Set<String> regionRows(IndicatorRequest request, CoordinatorScope scope,
            List<RegionSummary> all) {
        if (request.grouping() != Grouping.REGION) {
            return null;
        }
        Set<String> rows = request.regionCode() == null ? null : withSubRegions(request.regionCode(), all);
        if (scope.regions() == null) {
            return rows;
        }
        Set<String> allowed = new HashSet<>(scope.regions());
        if (rows != null) {
            allowed.retainAll(rows);
        }
        return allowed;
    }

    private static Set<String> withSubRegions(String code, List<RegionSummary> all) {
        Set<Long> ids = all.stream().filter(r -> r.code().equals(code)).map(RegionSummary::id)
                .collect(Collectors.toCollection(HashSet::new));
        int before = -1;
        while (ids.size() != before) {
            before = ids.size();
            all.stream().filter(r -> r.parentId() != null && ids.contains(r.parentId()))
                    .forEach(r -> ids.add(r.id()));
        }
        return all.stream().filter(r -> ids.contains(r.id())).map(RegionSummary::code).collect(Collectors.toSet());
    }

    private static void validate(IndicatorRequest request, List<RegionSummary> all) {
        List<FieldProblem> problems = new ArrayList<>();
        yearInRange("from", request.fromYear(), problems);
        yearInRange("to", request.toYear(), problems);
        if (request.fromYear() > request.toYear()) {
            problems.add(new FieldProblem("to", "indicator.years-reversed"));
        } else if (request.toYear() - request.fromYear() >= MAX_YEARS) {
            problems.add(new FieldProblem("to", "indicator.too-many-years", MAX_YEARS));
        }
        if (request.regionCode() != null && all.stream().noneMatch(r -> r.code().equals(request.regionCode()))) {
            problems.add(new FieldProblem("region", "indicator.region-unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void yearInRange(String field, int year, List<FieldProblem> problems) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            problems.add(new FieldProblem(field, "indicator.year-out-of-range", FIRST_YEAR, LAST_YEAR));
        }
    }

    private static String describe(IndicatorRequest request) {
        return "indicator 7 from=" + request.fromYear() + " to=" + request.toYear() + " period=" + request.period()
                + " grouping=" + request.grouping() + " region=" + request.regionCode();
    }

    /**
     * The monitoring partner's system (the feed's client-credentials token) has the coordinator
     * role but no account, so no municipality scope: it reads the whole region it was given access to.
     */
    private AuditActor serviceAccount() {
        return new AuditActor(authentication.username().orElseThrow(), "COORDINATOR", null, "(service account)");
    }

    private void audit(AuditActor actor, String detail) {
        events.publishEvent(new AuditEvent(clock.instant().truncatedTo(ChronoUnit.SECONDS), actor, null,
                null, AuditAction.EXPORT, "indicator-7", AuditOutcome.SUCCESS, List.of("coordinator"), detail));
    }
}
