package nl.kansrijkestart.mdo.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import nl.kansrijkestart.mdo.cases.BirthPhase;
import nl.kansrijkestart.mdo.offer.OfferKind;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ObjIntConsumer;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.reference.MunicipalityService;
import nl.kansrijkestart.mdo.reference.MunicipalitySummary;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicators 6, 8, 10, 12 (days to the first meeting) and 12 by the report (days to support) for
 * coordinators: per year, per municipality within the coordinator's
 * scope (and the chosen region) plus a row for the whole selection ({@link #TOTAL}). Every answer
 * is a slice of one protected table per indicator and year ({@link FactTables}), as indicator 7's
 * are: the total row is the cell of the total, of a region or of a single municipality, never a
 * fresh count of a free set of municipalities ({@link QuerySpace}); such a total is left out and
 * the report says why. A year is read as it stands, or, with {@code
 * mdo.indicators.publication=complete-years}, published once, when complete ({@link Publication});
 * then a year still running has no cells and is listed as not yet published. Every answer is
 * logged as an export.
 */
@Service
public class FactIndicatorService {

    /** The group of the row that counts the whole selection. */
    public static final String TOTAL = "TOTAL";

    private final FactTables tables;
    private final Publication publication;
    private final RegionService regions;
    private final MunicipalityService municipalities;
    private final ApplicationEventPublisher events;
    private final CurrentUserService currentUser;
    private final CurrentAuthentication authentication;
    private final Clock clock;

    FactIndicatorService(FactTables tables, Publication publication, RegionService regions, MunicipalityService municipalities,
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

    /** Indicator 6 or 10, depending on {@code indicator}. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public ShareReport share(FactIndicator indicator, FactRequest request) {
        if (indicator != FactIndicator.VALIDATED_INSTRUMENTS && indicator != FactIndicator.SOCIAL_CASE_DIRECTORS) {
            throw new IllegalArgumentException("indicator " + indicator.number() + " is not a share");
        }
        Selection selection = selection(request, indicator);
        List<ShareCell> cells = new ArrayList<>();
        List<String> notYetPublished = publishedYears(request, (edition, of) -> {
            tables.shares(indicator, of, edition, selection.regions())
                    .ifPresent(table -> selection.slice(table, (group, row, hidden) -> cells.add(hidden
                            ? new ShareCell(String.valueOf(of), group, Count.hidden(), Count.hidden(), null)
                            : new ShareCell(String.valueOf(of), group, Count.shown(row.total()),
                                    Count.shown(row.part()), percentage(row)))));
        });
        cells.sort(Comparator.comparing((ShareCell cell) -> order(cell.group())).thenComparing(ShareCell::period));
        return new ShareReport(indicator, request, tables.threshold(), cells, selection.totalNotOffered(),
                notYetPublished, publication.completeYearsOnly());
    }

    /** Indicator 12: days from registration to the first discussion, by the year of that discussion. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public DaysReport daysToFirstDiscussion(FactRequest request) {
        Selection selection = selection(request, FactIndicator.DAYS_TO_FIRST_DISCUSSION);
        List<DaysCell> cells = new ArrayList<>();
        List<String> notYetPublished = publishedYears(request, (edition, of) -> {
            tables.days(of, edition, selection.regions())
                    .ifPresent(table -> selection.slice(table, (group, row, hidden) -> cells.add(hidden
                            ? new DaysCell(String.valueOf(of), group, Count.hidden(), null, null, null)
                            : new DaysCell(String.valueOf(of), group, Count.shown(row.cases()),
                                    oneDecimal(row.median()), oneDecimal(row.lowerQuartile()),
                                    oneDecimal(row.upperQuartile())))));
        });
        cells.sort(Comparator.comparing((DaysCell cell) -> order(cell.group())).thenComparing(DaysCell::period));
        return new DaysReport(request, tables.threshold(), cells, selection.totalNotOffered(), notYetPublished,
                publication.completeYearsOnly());
    }

    /** Indicator 8: cases whose first support of a kind started, per kind and before or after the birth. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public StartsReport supportStarted(FactRequest request) {
        Selection selection = selection(request, FactIndicator.SUPPORT_STARTED);
        List<StartCell> cells = new ArrayList<>();
        List<String> notYetPublished = publishedYears(request, (edition, of) -> {
            tables.starts(of, edition, selection.regions()).forEach((key, table) -> {
                String[] kindAndPhase = key.split("/");
                OfferKind kind = OfferKind.valueOf(kindAndPhase[0]);
                BirthPhase phase = BirthPhase.valueOf(kindAndPhase[1]);
                selection.slice(table, (group, row, hidden) -> cells.add(new StartCell(String.valueOf(of),
                        group, kind, phase, hidden ? Count.hidden() : Count.shown(row.starts()))));
            });
        });
        cells.sort(Comparator.comparing((StartCell cell) -> order(cell.group())).thenComparing(StartCell::period)
                .thenComparing(StartCell::kind).thenComparing(StartCell::phase));
        return new StartsReport(request, tables.threshold(), cells, selection.totalNotOffered(), notYetPublished,
                publication.completeYearsOnly());
    }

    /**
     * Indicator 12 by the regional report: days from registration (day 0) to the first start of support
     * by the social team or CJG, median and mean, by the year of that start.
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public SupportDaysReport daysToSupport(FactRequest request) {
        Selection selection = selection(request, FactIndicator.DAYS_TO_SUPPORT);
        List<SupportDaysCell> cells = new ArrayList<>();
        List<String> notYetPublished = publishedYears(request, (edition, of) -> {
            tables.supportDays(of, edition, selection.regions())
                    .ifPresent(table -> selection.slice(table, (group, row, hidden) -> cells.add(hidden
                            ? new SupportDaysCell(String.valueOf(of), group, Count.hidden(), null, null)
                            : new SupportDaysCell(String.valueOf(of), group, Count.shown(row.cases()),
                                    oneDecimal(row.median()), oneDecimal(row.mean())))));
        });
        cells.sort(Comparator.comparing((SupportDaysCell cell) -> order(cell.group()))
                .thenComparing(SupportDaysCell::period));
        return new SupportDaysReport(request, tables.threshold(), cells, selection.totalNotOffered(), notYetPublished,
                publication.completeYearsOnly());
    }

    /**
     * Validates and logs the request and answers what of the tables the caller reads: the
     * municipalities of her scope within the chosen region (none when nothing may be counted;
     * {@code null} for all) and the area of the total row.
     */
    private Selection selection(FactRequest request, FactIndicator indicator) {
        List<RegionSummary> all = regions.regions();
        validate(request, all);
        Optional<CurrentUser> user = currentUser.signedIn();
        audit(user.map(CurrentUser::asActor).orElseGet(this::serviceAccount), indicator, request);
        CoordinatorScope scope = CoordinatorScope.of(user.map(CurrentUser::municipalityScope).orElse(Set.of()), all);
        Set<String> chosen = scope.municipalities() == null ? null : new HashSet<>(scope.municipalities());
        if (request.regionCode() != null) {
            Set<String> inRegion = all.stream().filter(region -> region.code().equals(request.regionCode()))
                    .findFirst().map(RegionSummary::allMunicipalityCodes).map(Set::copyOf).orElse(Set.of());
            chosen = chosen == null ? new HashSet<>(inRegion) : chosen;
            chosen.retainAll(inRegion);
        }
        Set<String> codes = municipalities.municipalities().stream().map(MunicipalitySummary::code)
                .collect(Collectors.toSet());
        try {
            return new Selection(all, chosen, new QuerySpace(scope, all, codes).area(Set.of(), request.regionCode()),
                    null);
        } catch (InvalidInputException freeSelection) {
            return new Selection(all, chosen, null, freeSelection.problems().getFirst().messageKey());
        }
    }

    /**
     * What one caller reads of the protected tables.
     *
     * @param rows the municipalities whose rows she reads, or {@code null} for all
     * @param totalArea the area whose cell is her total row, or {@code null} for none
     * @param totalNotOffered the message key telling why there is no total row, if that is why
     */
    private record Selection(List<RegionSummary> regions, @Nullable Set<String> rows, @Nullable String totalArea,
            @Nullable String totalNotOffered) {

        <R> void slice(FactTables.Table<R> table, Slice<R> into) {
            if (totalArea != null && table.rows().containsKey(totalArea)) {
                into.cell(TOTAL, table.rows().get(totalArea), table.hidden().contains(totalArea));
            }
            for (String municipality : table.municipalities()) {
                if (rows == null || rows.contains(municipality)) {
                    into.cell(municipality, table.rows().get(municipality), table.hidden().contains(municipality));
                }
            }
        }
    }

    @FunctionalInterface
    private interface Slice<R> {
        void cell(String group, R row, boolean hidden);
    }

    private static void validate(FactRequest request, List<RegionSummary> all) {
        List<FieldProblem> problems = new ArrayList<>();
        RequestRules.checkYears(request.fromYear(), request.toYear(), problems);
        if (request.regionCode() != null && all.stream().noneMatch(r -> r.code().equals(request.regionCode()))) {
            problems.add(new FieldProblem("region", "indicator.region-unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static Double percentage(FactQuery.Share row) {
        return BigDecimal.valueOf(row.part() * 100).divide(BigDecimal.valueOf(row.total()), 1, RoundingMode.HALF_UP)
                .doubleValue();
    }

    private static Double oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /** The selection's row first, then the municipalities by code. */
    private static String order(String group) {
        return TOTAL.equals(group) ? "" : group;
    }

    /** The monitoring partner's system has the coordinator role but no account, as for indicator 7. */
    private AuditActor serviceAccount() {
        return new AuditActor(authentication.username().orElseThrow(), "COORDINATOR", null, "(service account)");
    }

    private void audit(AuditActor actor, FactIndicator indicator, FactRequest request) {
        events.publishEvent(new AuditEvent(clock.instant().truncatedTo(ChronoUnit.SECONDS), actor, null, null,
                AuditAction.EXPORT, "indicator-" + indicator.number(), AuditOutcome.SUCCESS, List.of("coordinator"),
                "indicator " + indicator.number() + " from=" + request.fromYear() + " to=" + request.toYear()
                        + " region=" + request.regionCode()));
    }

    /**
     * Runs {@code published} for each year of the request that is published, with the day before
     * which its facts were recorded; returns the years not yet published.
     */
    private List<String> publishedYears(FactRequest request, ObjIntConsumer<LocalDate> published) {
        List<String> notYetPublished = new ArrayList<>();
        for (int year = request.fromYear(); year <= request.toYear(); year++) {
            Optional<LocalDate> edition = publication.recordedBefore(year);
            if (edition.isEmpty()) {
                notYetPublished.add(String.valueOf(year));
            } else {
                published.accept(edition.get(), year);
            }
        }
        return notYetPublished;
    }
}
