package nl.kansrijkestart.mdo.indicators;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.reference.MunicipalityService;
import nl.kansrijkestart.mdo.reference.MunicipalitySummary;
import nl.kansrijkestart.mdo.reference.RegionService;
import nl.kansrijkestart.mdo.reference.RegionSummary;
import nl.kansrijkestart.mdo.shared.CurrentAuthentication;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.shared.audit.AuditActor;
import nl.kansrijkestart.mdo.shared.audit.AuditEvent;
import nl.kansrijkestart.mdo.shared.audit.AuditOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
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

    private final CountingQuery counting;
    private final RegionService regions;
    private final MunicipalityService municipalities;
    private final ApplicationEventPublisher events;
    private final CurrentUserService currentUser;
    private final CurrentAuthentication authentication;
    private final Clock clock;
    private final SuppressedCells cells;

    IndicatorService(CountingQuery counting, RegionService regions, MunicipalityService municipalities,
            ApplicationEventPublisher events, CurrentUserService currentUser, CurrentAuthentication authentication,
            Clock clock,
            @Value("${mdo.indicators.suppression-threshold:10}") int threshold) {
        this.counting = counting;
        this.regions = regions;
        this.municipalities = municipalities;
        this.events = events;
        this.currentUser = currentUser;
        this.authentication = authentication;
        this.clock = clock;
        this.cells = new SuppressedCells(new Suppression(threshold));
    }

    /**
     * Indicator 7 as requested, within the coordinator's scope and with small cells suppressed;
     * logged as an export with its parameters.
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public IndicatorReport export(IndicatorRequest request) {
        Caller caller = caller(request);
        List<IndicatorCell> published = cells.of(caller.count(request), caller.parentsFor(request.grouping()));
        caller.exported(describe(request));
        return new IndicatorReport(request, cells.threshold(), published);
    }

    /**
     * Indicator 7 per case type with its strata (area and meeting type) per period, for the FHIR
     * MeasureReport; the same scope and suppression, each stratifier suppressed per case type, and
     * one logged export.
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public CaseTypeReport exportByCaseType(IndicatorRequest request) {
        Caller caller = caller(request);
        boolean oneYear = request.fromYear() == request.toYear();
        @Nullable List<IndicatorCell> wholeRange = oneYear
                ? cells.of(caller.count(request.recut(Period.YEAR, Grouping.CASE_TYPE))) : null;
        List<IndicatorCell> totals = cells.of(caller.count(request.recut(request.period(), Grouping.CASE_TYPE)));
        @Nullable Grouping area = switch (request.grouping()) {
            case MUNICIPALITY -> Grouping.CASE_TYPE_AND_MUNICIPALITY;
            case REGION -> Grouping.CASE_TYPE_AND_REGION;
            default -> null;
        };
        List<IndicatorCell> byArea = area == null ? List.of()
                : cells.perCaseType(caller.count(request.recut(request.period(), area)), caller.parentsFor(area));
        List<IndicatorCell> byMeetingType = cells.perCaseType(
                caller.count(request.recut(request.period(), Grouping.CASE_AND_MEETING_TYPE)));
        caller.exported(describe(request) + " format=fhir");
        return new CaseTypeReport(request, cells.threshold(), wholeRange, totals, byArea, byMeetingType);
    }

    /** The municipalities the signed-in coordinator may choose: those of her scope, or all without one. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public List<MunicipalitySummary> choosableMunicipalities() {
        Set<String> scope = currentUser.signedIn().map(CurrentUser::municipalityScope).orElse(Set.of());
        return municipalities.municipalities().stream()
                .filter(municipality -> scope.isEmpty() || scope.contains(municipality.code()))
                .toList();
    }

    /**
     * The regions the signed-in coordinator may choose: all without a scope, else those whose
     * municipalities all lie in it, so a region's name never stands for part of its count.
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public List<RegionSummary> choosableRegions() {
        List<RegionSummary> all = regions.regions();
        Set<String> within = CoordinatorScope.of(
                currentUser.signedIn().map(CurrentUser::municipalityScope).orElse(Set.of()), all).regions();
        return within == null ? all : all.stream().filter(region -> within.contains(region.code())).toList();
    }

    private Caller caller(IndicatorRequest request) {
        List<RegionSummary> all = regions.regions();
        RequestRules.check(request, all, municipalities.municipalities().stream().map(MunicipalitySummary::code)
                .collect(Collectors.toSet()));
        Optional<CurrentUser> user = currentUser.signedIn();
        CoordinatorScope scope = CoordinatorScope.of(user.map(CurrentUser::municipalityScope).orElse(Set.of()), all);
        // A caller without an account is a Keycloak client's service account (client-credentials token).
        boolean serviceAccount = user.map(CurrentUser::serviceAccount).orElse(true);
        AuditActor actor = user.map(CurrentUser::asActor).orElseGet(this::serviceAccount);
        return new Caller(actor, serviceAccount, scope, all);
    }

    /** Who exports, and what she may count. */
    private final class Caller {

        private final AuditActor actor;
        private final boolean serviceAccount;
        private final CoordinatorScope scope;
        private final List<RegionSummary> regions;

        Caller(AuditActor actor, boolean serviceAccount, CoordinatorScope scope, List<RegionSummary> regions) {
            this.actor = actor;
            this.serviceAccount = serviceAccount;
            this.scope = scope;
            this.regions = regions;
        }

        /** Logs an export; a machine client's export is marked "service-account" among the checks. */
        void exported(String detail) {
            audit(actor, serviceAccount ? List.of("coordinator", "service-account") : List.of("coordinator"), detail);
        }

        List<CountingQuery.Counted> count(IndicatorRequest request) {
            return counting.run(request, scope, regionRows(request, scope, regions));
        }

        /**
         * For region rows, every region code with its parent's code, so that nested region rows
         * protect the remainders between a parent and its sub-regions.
         */
        Map<String, @Nullable String> parentsFor(Grouping grouping) {
            if (!grouping.byRegion()) {
                return Map.of();
            }
            Map<Long, String> codes = regions.stream().collect(Collectors.toMap(RegionSummary::id, RegionSummary::code));
            Map<String, @Nullable String> parents = new HashMap<>();
            regions.forEach(region -> parents.put(region.code(),
                    region.parentId() == null ? null : codes.get(region.parentId())));
            return parents;
        }
    }

    /** For a region grouping: the regions that may be rows (within scope, within the chosen region). */
    private static @Nullable Set<String> regionRows(IndicatorRequest request, CoordinatorScope scope,
            List<RegionSummary> all) {
        if (!request.grouping().byRegion()) {
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

    private static String describe(IndicatorRequest request) {
        return "indicator 7 from=" + request.from().label() + " to=" + request.to().label() + " period="
                + request.period() + " grouping=" + request.grouping() + " region=" + request.regionCode()
                + (request.municipalities().isEmpty() ? ""
                        : " municipalities=" + String.join(",", new TreeSet<>(request.municipalities())));
    }

    /**
     * The monitoring partner's system (the feed's client-credentials token) has the coordinator
     * role but no account, so no municipality scope: it reads the whole region it was given access to.
     */
    private AuditActor serviceAccount() {
        return new AuditActor(authentication.username().orElseThrow(), "COORDINATOR", null, "(service account)");
    }

    private void audit(AuditActor actor, List<String> checks, String detail) {
        events.publishEvent(new AuditEvent(clock.instant().truncatedTo(ChronoUnit.SECONDS), actor, null,
                null, AuditAction.EXPORT, "indicator-7", AuditOutcome.SUCCESS, checks, detail));
    }
}
