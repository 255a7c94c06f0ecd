package nl.kansrijkestart.mdo.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures of the years before the application, imported by a coordinator from earlier reports (a
 * CSV file or one figure at a time) with their source. They are stored apart from the counting
 * events and facts and never added to them; they are published with their source and protected
 * by the same threshold ({@link ImportedTables}). A file is stored whole or not at all: any
 * invalid line refuses it, with every reason and its line number.
 */
@Service
public class HistoryService {

    /** The header a history file starts with. */
    public static final List<String> HEADER = List.of("indicator", "code", "year", "measure", "value");

    static final int MAX_LINES = 5000;

    private final JdbcClient jdbc;
    private final ImportedTables tables;
    private final RegionService regions;
    private final MunicipalityService municipalities;
    private final CurrentUserService currentUser;
    private final CurrentAuthentication authentication;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HistoryService(JdbcClient jdbc, ImportedTables tables, RegionService regions, MunicipalityService municipalities,
            CurrentUserService currentUser, CurrentAuthentication authentication, ApplicationEventPublisher events,
            Clock clock) {
        this.authentication = authentication;
        this.jdbc = jdbc;
        this.tables = tables;
        this.regions = regions;
        this.municipalities = municipalities;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Imports a CSV file (UTF-8; comma or semicolon; {@link #HEADER}) of figures from
     * {@code source}. Returns how many figures were stored.
     *
     * @throws InvalidInputException with a problem per refused line (field {@code file}, the line
     *     number the first argument), and nothing stored
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public int importCsv(InputStream csv, String source) {
        List<HistoryRules.Refusal> refusals = new ArrayList<>();
        String checkedSource = source(source);
        List<HistoryRules.Line> lines;
        try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8)) {
            lines = HistoryCsv.read(reader, refusals);
        } catch (IOException | RuntimeException unreadable) {
            throw new InvalidInputException("file", "history.csv.unreadable");
        }
        List<HistoryRules.Figure> figures = rules().check(lines, refusals);
        if (!refusals.isEmpty()) {
            refusals.sort(Comparator.comparingInt(HistoryRules.Refusal::line));
            throw new InvalidInputException(refusals.stream().map(refusal ->
                    new FieldProblem("file", "history.csv." + refusal.reason(), withLine(refusal))).toList());
        }
        store(figures, checkedSource, "file");
        return figures.size();
    }

    /** Stores one figure from the form; refusals name the form's field. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void record(String indicator, String areaCode, String year, String measure, String value, String source) {
        List<HistoryRules.Refusal> refusals = new ArrayList<>();
        String checkedSource = source(source);
        List<HistoryRules.Figure> figures = rules().check(
                List.of(new HistoryRules.Line(1, indicator, areaCode, year, measure, value)), refusals);
        if (!refusals.isEmpty()) {
            throw new InvalidInputException(refusals.stream().map(refusal ->
                    new FieldProblem(refusal.field(), "history." + refusal.reason(), withLine(refusal))).toList());
        }
        store(figures, checkedSource, "form");
    }

    /**
     * The imported figures of an indicator for the years, as published (suppressed), of the areas
     * the coordinator may read: her municipalities and the regions wholly within them (all
     * without a scope). Logged as an export.
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public List<ImportedFigure> published(String indicator, int fromYear, int toYear) {
        List<FieldProblem> problems = new ArrayList<>();
        RequestRules.checkYears(fromYear, toYear, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<RegionSummary> all = regions.regions();
        Set<String> readable = readable(all);
        List<ImportedFigure> figures = tables.published(indicator, fromYear, toYear, all).stream()
                .filter(figure -> readable.contains(figure.areaCode())).toList();
        audit(AuditAction.EXPORT, "imported-figures",
                "indicator " + indicator + " from=" + fromYear + " to=" + toYear + " figures=" + figures.size());
        return figures;
    }

    /**
     * The imported figures a feed answer carries beside its own counts, never added to them: of
     * the years asked and of its selection (the region and its municipalities, the municipalities
     * asked, or all the caller may read), protected as {@link #published}. Logged as an export
     * when there are any.
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public List<ImportedFigure> forFeed(String indicator, int fromYear, int toYear, @Nullable String regionCode,
            Set<String> municipalityCodes) {
        if (!HistoryMeasures.INDICATORS.contains(indicator) || fromYear > toYear) {
            return List.of();
        }
        List<RegionSummary> all = regions.regions();
        Set<String> readable = readable(all);
        Set<String> selection = new HashSet<>();
        if (regionCode != null) {
            all.stream().filter(region -> region.code().equals(regionCode)).findFirst().ifPresent(region -> {
                selection.add(region.code());
                selection.addAll(region.allMunicipalityCodes());
            });
            if (!municipalityCodes.isEmpty()) {
                selection.retainAll(municipalityCodes);
            }
        } else {
            selection.addAll(municipalityCodes);
        }
        boolean everything = regionCode == null && municipalityCodes.isEmpty();
        List<ImportedFigure> figures = tables.published(indicator, fromYear, toYear, all).stream()
                .filter(figure -> readable.contains(figure.areaCode()))
                .filter(figure -> everything || selection.contains(figure.areaCode())).toList();
        if (!figures.isEmpty()) {
            audit(AuditAction.EXPORT, "imported-figures", "indicator " + indicator + " from=" + fromYear + " to="
                    + toYear + " figures=" + figures.size() + " in=feed");
        }
        return figures;
    }

    /**
     * The imported figures of indicator 7 beside an answer of its feed or screen: of its years and
     * selection when it is by year ({@link #forFeed}), none for quarters or months (the figures are
     * yearly).
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public List<ImportedFigure> forFeed(IndicatorRequest request) {
        return request.period() == Period.YEAR ? forFeed("7", request.fromYear(), request.toYear(),
                request.regionCode(), request.municipalities()) : List.of();
    }

    /**
     * The imported figures as stored (not suppressed: the coordinator who corrects them entered
     * them), of the areas she may read, for the list of corrections.
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public List<StoredFigure> stored() {
        Set<String> readable = readable(regions.regions());
        List<StoredFigure> figures = jdbc.sql("""
                SELECT indicator, area_code, period_year, measure, figure_value, source FROM imported_figure
                ORDER BY period_year DESC, indicator, area_code, measure""")
                .query((rs, n) -> new StoredFigure(rs.getString("indicator"), rs.getString("area_code"),
                        rs.getInt("period_year"), rs.getString("measure"), rs.getBigDecimal("figure_value"),
                        rs.getString("source")))
                .list().stream().filter(figure -> readable.contains(figure.areaCode())).toList();
        audit(AuditAction.READ, "imported-figures", "stored figures=" + figures.size());
        return figures;
    }

    /** An imported figure as stored, for corrections. */
    public record StoredFigure(String indicator, String areaCode, int year, String measure, BigDecimal value,
            String source) {}

    /**
     * Corrects a stored figure: a new value and source, checked as a new one would be (its
     * partners included). Published editions keep their own copy and do not change. Logged.
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void correct(String indicator, String areaCode, String year, String measure, String value, String source) {
        String checkedSource = source(source);
        String area = areaCode.strip().toUpperCase(java.util.Locale.ROOT);
        String key = indicator.strip() + "|" + area + "|" + year.strip() + "|" + measure.strip();
        HistoryRules rules = rules(key);
        if (!rules.stores(key)) {
            throw new InvalidInputException("value", "history.not-imported");
        }
        List<HistoryRules.Refusal> refusals = new ArrayList<>();
        List<HistoryRules.Figure> figures = rules.check(
                List.of(new HistoryRules.Line(1, indicator, areaCode, year, measure, value)), refusals);
        if (!refusals.isEmpty()) {
            throw new InvalidInputException(refusals.stream().map(refusal ->
                    new FieldProblem(refusal.field(), "history." + refusal.reason(), withLine(refusal))).toList());
        }
        HistoryRules.Figure figure = figures.getFirst();
        CurrentUser user = currentUser.require();
        jdbc.sql("""
                UPDATE imported_figure SET figure_value = ?, source = ?, imported_by = ?, imported_at = ?
                WHERE indicator = ? AND area_code = ? AND period_year = ? AND measure = ?""")
                .params(figure.value(), checkedSource, user.username(),
                        OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS), figure.indicator(), figure.area(),
                        figure.year(), figure.measure())
                .update();
        audit(AuditAction.UPDATE, "imported-figures", "corrected " + figure.key() + " source=" + checkedSource);
    }

    /**
     * Removes a stored figure together with those that cannot stand without it (a share's total
     * and part; the median of 12 with its cases). Published editions keep their own copy. Logged.
     * Returns how many figures were removed.
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public int remove(String indicator, String areaCode, int year, String measure) {
        String area = areaCode.strip().toUpperCase(java.util.Locale.ROOT);
        if (!readable(regions.regions()).contains(area)) {
            throw new InvalidInputException("area", "history.area-outside-scope", 1, area);
        }
        List<String> measures = switch (measure) {
            case HistoryMeasures.TOTAL, HistoryMeasures.PART -> List.of(HistoryMeasures.TOTAL, HistoryMeasures.PART);
            case HistoryMeasures.CASES -> "12".equals(indicator)
                    ? List.of(HistoryMeasures.CASES, HistoryMeasures.MEDIAN_DAYS) : List.of(measure);
            default -> List.of(measure);
        };
        int removed = 0;
        for (String each : measures) {
            removed += jdbc.sql("""
                    DELETE FROM imported_figure WHERE indicator = ? AND area_code = ? AND period_year = ?
                        AND measure = ?""").params(indicator, area, year, each).update();
        }
        if (removed == 0) {
            throw new InvalidInputException("value", "history.not-imported");
        }
        audit(AuditAction.DELETE, "imported-figures", "removed " + indicator + "|" + area + "|" + year + "|"
                + String.join("+", measures) + " figures=" + removed);
        return removed;
    }

    /** The line number first, then the reason's own arguments, as the messages number them. */
    private static Object[] withLine(HistoryRules.Refusal refusal) {
        Object[] arguments = new Object[refusal.arguments().length + 1];
        arguments[0] = refusal.line();
        System.arraycopy(refusal.arguments(), 0, arguments, 1, refusal.arguments().length);
        return arguments;
    }

    /** The threshold k: imported figures of 1..k−1 are shown as "&lt;k", as the application's own. */
    public int suppressionThreshold() {
        return tables.threshold();
    }

    private String source(String source) {
        String stripped = source.strip();
        if (stripped.isEmpty()) {
            throw new InvalidInputException("source", "history.source-required");
        }
        if (stripped.length() > 200) {
            throw new InvalidInputException("source", "history.source-too-long", 200);
        }
        return stripped;
    }

    private HistoryRules rules() {
        return rules(null);
    }

    /** The rules, with the stored figure {@code replaced} (a key) left out, as when it is corrected. */
    private HistoryRules rules(@Nullable String replaced) {
        List<RegionSummary> all = regions.regions();
        Set<String> municipalityCodes = municipalities.municipalities().stream().map(MunicipalitySummary::code)
                .collect(Collectors.toSet());
        Set<String> regionCodes = all.stream().map(RegionSummary::code).collect(Collectors.toSet());
        Map<String, HistoryRules.Stored> stored = new HashMap<>();
        jdbc.sql("SELECT indicator, area_code, period_year, measure, figure_value, source FROM imported_figure")
                .query((rs, n) -> stored.put(rs.getString("indicator") + "|" + rs.getString("area_code") + "|"
                        + rs.getInt("period_year") + "|" + rs.getString("measure"),
                        new HistoryRules.Stored(rs.getBigDecimal("figure_value"), rs.getString("source"))))
                .list();
        Set<String> storedKeys = Set.copyOf(stored.keySet());
        if (replaced != null) {
            stored.remove(replaced);
        }
        return new HistoryRules(municipalityCodes, regionCodes, readable(all), Year.now(clock).getValue(),
                stored::get, storedKeys);
    }

    private Set<String> readable(List<RegionSummary> all) {
        CoordinatorScope scope = CoordinatorScope.of(
                currentUser.signedIn().map(CurrentUser::municipalityScope).orElse(Set.of()), all);
        if (scope.municipalities() == null) {
            Set<String> everything = new HashSet<>(all.stream().map(RegionSummary::code).toList());
            municipalities.municipalities().forEach(municipality -> everything.add(municipality.code()));
            return everything;
        }
        Set<String> readable = new HashSet<>(scope.municipalities());
        readable.addAll(scope.regions() == null ? Set.of() : scope.regions());
        return readable;
    }

    private void store(List<HistoryRules.Figure> figures, String source, String how) {
        CurrentUser user = currentUser.require();
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        for (HistoryRules.Figure figure : figures) {
            jdbc.sql("""
                    INSERT INTO imported_figure (indicator, area_code, period_year, measure, figure_value, source,
                        imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(figure.indicator(), figure.area(), figure.year(), figure.measure(), figure.value(), source,
                            user.username(), now)
                    .update();
        }
        audit(AuditAction.CREATE, "imported-figures", "figures=" + figures.size() + " via=" + how + " source=" + source);
    }

    /** A machine client of the feed has the coordinator role but no account, as for the other feeds. */
    private void audit(AuditAction action, String type, String detail) {
        Optional<CurrentUser> user = currentUser.signedIn();
        boolean serviceAccount = user.map(CurrentUser::serviceAccount).orElse(true);
        AuditActor actor = user.map(CurrentUser::asActor).orElseGet(() -> new AuditActor(
                authentication.username().orElseThrow(), "COORDINATOR", null, "(service account)"));
        events.publishEvent(new AuditEvent(clock.instant().truncatedTo(ChronoUnit.SECONDS), actor, null, null, action,
                type, AuditOutcome.SUCCESS,
                serviceAccount ? List.of("coordinator", "service-account") : List.of("coordinator"), detail));
    }
}
