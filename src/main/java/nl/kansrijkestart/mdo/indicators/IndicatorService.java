package nl.kansrijkestart.mdo.indicators;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymous aggregates of the counting events for coordinators. A case counts once per period as
 * a case (distinct tokens; the token changes each year, so a year is the longest period that can
 * count distinct cases) and once per discussion. Every answer is a slice of one protected table
 * per year ({@link ProtectedTables}): the fixed query space of {@link QuerySpace}, one suppression
 * pattern over all its hierarchies, so no combination of answers narrows a hidden count. A year is
 * read as it stands, or, with {@code mdo.indicators.publication=complete-years}, published once,
 * when complete ({@link Publication}), so no two days give two versions of it; every export is
 * logged.
 */
@Service
public class IndicatorService {

    private final ProtectedTables tables;
    private final Publication publication;
    private final RegionService regions;
    private final MunicipalityService municipalities;
    private final ApplicationEventPublisher events;
    private final CurrentUserService currentUser;
    private final CurrentAuthentication authentication;
    private final Clock clock;

    IndicatorService(ProtectedTables tables, Publication publication, RegionService regions, MunicipalityService municipalities,
            ApplicationEventPublisher events, CurrentUserService currentUser, CurrentAuthentication authentication,
            Clock clock) {
        this.tables = tables;
        this.publication = publication;
        this.regions = regions;
        this.municipalities = municipalities;
        this.events = events;
        this.currentUser = currentUser;
        this.authentication = authentication;
        this.clock = clock;
    }

    /**
     * Indicator 7 as requested, within the coordinator's scope: a slice of the protected
     * publication of each year (small cells and their complements suppressed over the whole
     * table), logged as an export with its parameters.
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public IndicatorReport export(IndicatorRequest request) {
        Caller caller = caller(request);
        FeedSlices slices = caller.slices();
        List<IndicatorCell> published = slices.cells(request);
        caller.exported(describe(request));
        return new IndicatorReport(request, tables.threshold(), published,
                slices.notYetPublished(request.periodLabels()), publication.completeYearsOnly());
    }

    /**
     * Indicator 7 per case type with its strata (area and meeting type) per period, for the FHIR
     * MeasureReport; the same scope and the same protected tables, and one logged export. The
     * count over the whole range is given when the range is one period of the table (a year, a
     * quarter or a month), never as a fresh count of a longer range.
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public CaseTypeReport exportByCaseType(IndicatorRequest request) {
        Caller caller = caller(request);
        FeedSlices slices = caller.slices();
        String whole = wholeRangeLabel(request);
        @Nullable List<IndicatorCell> wholeRange = whole == null ? null
                : slices.cells(request, Grouping.CASE_TYPE, List.of(whole));
        List<IndicatorCell> totals = slices.cells(request, Grouping.CASE_TYPE, request.periodLabels());
        @Nullable Grouping area = switch (request.grouping()) {
            case MUNICIPALITY -> Grouping.CASE_TYPE_AND_MUNICIPALITY;
            case REGION -> Grouping.CASE_TYPE_AND_REGION;
            default -> null;
        };
        List<IndicatorCell> byArea = area == null ? List.of() : slices.cells(request, area, request.periodLabels());
        List<IndicatorCell> byMeetingType =
                slices.cells(request, Grouping.CASE_AND_MEETING_TYPE, request.periodLabels());
        caller.exported(describe(request) + " format=fhir");
        return new CaseTypeReport(request, tables.threshold(), wholeRange, totals, byArea, byMeetingType,
                slices.notYetPublished(request.periodLabels()));
    }

    /**
     * Every row of the request's grouping within the caller's scope, also those without any
     * discussion (0): the rows of the report layout. Names only, no counts, so not an export.
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public List<String> reportRows(IndicatorRequest request) {
        return caller(request).space.rows(request);
    }

    /** The label of the one table period that is exactly the requested range, if there is one. */
    private static @Nullable String wholeRangeLabel(IndicatorRequest request) {
        if (request.from().equals(request.to())) {
            return request.from().label();
        }
        boolean wholeYear = request.fromYear() == request.toYear() && request.firstDay().getMonthValue() == 1
                && request.lastDay().getMonthValue() == 12;
        return wholeYear ? String.valueOf(request.fromYear()) : null;
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
        Set<String> codes = municipalities.municipalities().stream().map(MunicipalitySummary::code)
                .collect(Collectors.toSet());
        RequestRules.check(request, all, codes);
        Optional<CurrentUser> user = currentUser.signedIn();
        CoordinatorScope scope = CoordinatorScope.of(user.map(CurrentUser::municipalityScope).orElse(Set.of()), all);
        // A caller without an account is a Keycloak client's service account (client-credentials token).
        boolean serviceAccount = user.map(CurrentUser::serviceAccount).orElse(true);
        AuditActor actor = user.map(CurrentUser::asActor).orElseGet(this::serviceAccount);
        return new Caller(actor, serviceAccount, new QuerySpace(scope, all, codes), all);
    }

    /** Who exports, and what she may read. */
    private final class Caller {

        private final AuditActor actor;
        private final boolean serviceAccount;
        private final QuerySpace space;
        private final List<RegionSummary> regions;

        Caller(AuditActor actor, boolean serviceAccount, QuerySpace space, List<RegionSummary> regions) {
            this.actor = actor;
            this.serviceAccount = serviceAccount;
            this.space = space;
            this.regions = regions;
        }

        /** Logs an export; a machine client's export is marked "service-account" among the checks. */
        void exported(String detail) {
            audit(actor, serviceAccount ? List.of("coordinator", "service-account") : List.of("coordinator"), detail);
        }

        FeedSlices slices() {
            return new FeedSlices(year -> publication.recordedBefore(year)
                    .map(recordedBefore -> tables.of(year, recordedBefore, regions)), space);
        }
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
