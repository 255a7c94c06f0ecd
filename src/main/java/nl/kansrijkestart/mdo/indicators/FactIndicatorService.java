package nl.kansrijkestart.mdo.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicators 6, 10 and 12 for coordinators: per year, per municipality within the coordinator's
 * scope (and the chosen region) plus a row for the whole selection ({@link #TOTAL}). Aggregation
 * runs in the database ({@link FactQuery}); every answer is suppressed with the threshold of
 * indicator 7 ({@link FactSuppression}) and logged as an export.
 */
@Service
public class FactIndicatorService {

    /** The group of the row that counts the whole selection. */
    public static final String TOTAL = "TOTAL";

    private final FactQuery query;
    private final RegionService regions;
    private final ApplicationEventPublisher events;
    private final CurrentUserService currentUser;
    private final CurrentAuthentication authentication;
    private final Clock clock;
    private final FactSuppression suppression;

    FactIndicatorService(FactQuery query, RegionService regions, ApplicationEventPublisher events,
            CurrentUserService currentUser, CurrentAuthentication authentication, Clock clock,
            @Value("${mdo.indicators.suppression-threshold:10}") int threshold) {
        this.query = query;
        this.regions = regions;
        this.events = events;
        this.currentUser = currentUser;
        this.authentication = authentication;
        this.clock = clock;
        this.suppression = new FactSuppression(threshold);
    }

    /** Indicator 6 or 10, depending on {@code indicator}. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public ShareReport share(FactIndicator indicator, FactRequest request) {
        if (indicator == FactIndicator.DAYS_TO_FIRST_DISCUSSION) {
            throw new IllegalArgumentException("indicator 12 is not a share");
        }
        @Nullable Set<String> municipalities = selection(request, indicator);
        List<FactQuery.Share> rows = new ArrayList<>();
        if (municipalities == null || !municipalities.isEmpty()) {
            rows.addAll(query.shares(indicator, request, municipalities, true));
            rows.addAll(query.shares(indicator, request, municipalities, false));
        }
        Set<Suppression.Cell> hidden = suppression.shares(rows);
        List<ShareCell> cells = rows.stream().map(row -> hidden.contains(FactSuppression.cell(row))
                ? new ShareCell(String.valueOf(row.year()), row.group(), Count.hidden(), Count.hidden(), null)
                : new ShareCell(String.valueOf(row.year()), row.group(), Count.shown(row.total()),
                        Count.shown(row.part()), percentage(row)))
                .sorted(Comparator.comparing((ShareCell cell) -> order(cell.group())).thenComparing(ShareCell::period))
                .toList();
        return new ShareReport(indicator, request, suppression.threshold(), cells);
    }

    /** Indicator 12: days from registration to the first discussion, by the year of that discussion. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public DaysReport daysToFirstDiscussion(FactRequest request) {
        @Nullable Set<String> municipalities = selection(request, FactIndicator.DAYS_TO_FIRST_DISCUSSION);
        List<FactQuery.Days> rows = new ArrayList<>();
        if (municipalities == null || !municipalities.isEmpty()) {
            rows.addAll(query.days(request, municipalities, true));
            rows.addAll(query.days(request, municipalities, false));
        }
        Set<Suppression.Cell> hidden = suppression.days(rows);
        List<DaysCell> cells = rows.stream().map(row -> hidden.contains(FactSuppression.cell(row))
                ? new DaysCell(String.valueOf(row.year()), row.group(), Count.hidden(), null, null, null)
                : new DaysCell(String.valueOf(row.year()), row.group(), Count.shown(row.cases()),
                        oneDecimal(row.median()), oneDecimal(row.lowerQuartile()), oneDecimal(row.upperQuartile())))
                .sorted(Comparator.comparing((DaysCell cell) -> order(cell.group())).thenComparing(DaysCell::period))
                .toList();
        return new DaysReport(request, suppression.threshold(), cells);
    }

    /**
     * Validates and logs the request and answers the municipalities to count: their codes (none
     * when nothing may be counted), or {@code null} for all municipalities.
     */
    private @Nullable Set<String> selection(FactRequest request, FactIndicator indicator) {
        List<RegionSummary> all = regions.regions();
        validate(request, all);
        Optional<CurrentUser> user = currentUser.signedIn();
        audit(user.map(CurrentUser::asActor).orElseGet(this::serviceAccount), indicator, request);
        Set<String> scope = CoordinatorScope.of(user.map(CurrentUser::municipalityScope).orElse(Set.of()), all)
                .municipalities();
        Set<String> chosen = scope == null ? null : new HashSet<>(scope);
        if (request.regionCode() != null) {
            Set<String> inRegion = all.stream().filter(region -> region.code().equals(request.regionCode()))
                    .findFirst().map(RegionSummary::allMunicipalityCodes).map(Set::copyOf).orElse(Set.of());
            chosen = chosen == null ? new HashSet<>(inRegion) : chosen;
            chosen.retainAll(inRegion);
        }
        return chosen;
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
}
