package nl.kansrijkestart.mdo.indicators.report;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.indicators.IndicatorService;
import nl.kansrijkestart.mdo.reference.MunicipalitySummary;
import nl.kansrijkestart.mdo.reference.RegionSummary;
import nl.kansrijkestart.mdo.shared.ConcurrentChangeException;
import nl.kansrijkestart.mdo.shared.CurrentAuthentication;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.InvalidInputException.FieldProblem;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.shared.audit.AuditActor;
import nl.kansrijkestart.mdo.shared.audit.AuditEvent;
import nl.kansrijkestart.mdo.shared.audit.AuditOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editions of the regional indicator report, for coordinators and only for a region wholly within
 * or a municipality of their scope (an edition outside it is refused as unknown). A draft's
 * chapters are read from the feed's protected tables each time it is opened; publishing stores
 * its figures and freezes it (no more commentary); a new edition of the same area and years can
 * follow and shows which cells differ from the last published one, or from any other edition of
 * the same area chosen to compare. Every opening and download is logged as an export.
 */
@Service
public class ReportService {

    static final int MAX_YEARS = 10;
    static final int MAX_COMMENTARY = 4000;

    private final EditionStore store;
    private final ReportChapters chapters;
    private final IndicatorService indicators;
    private final CurrentUserService currentUser;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;
    private final CurrentAuthentication authentication;

    ReportService(EditionStore store, ReportChapters chapters, IndicatorService indicators,
            CurrentUserService currentUser, ApplicationEventPublisher events, MessageSource messages, Clock clock,
            CurrentAuthentication authentication) {
        this.authentication = authentication;
        this.store = store;
        this.chapters = chapters;
        this.indicators = indicators;
        this.currentUser = currentUser;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /** Starts a new draft edition for a region or municipality of the coordinator's scope. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public long create(String areaCode, int fromYear, int toYear) {
        List<FieldProblem> problems = new ArrayList<>();
        if (fromYear < 1900 || fromYear > 2200) {
            problems.add(new FieldProblem("from", "report.year-invalid"));
        } else if (toYear < fromYear) {
            problems.add(new FieldProblem("to", "report.years-reversed"));
        } else if (toYear - fromYear >= MAX_YEARS) {
            problems.add(new FieldProblem("to", "report.too-many-years", MAX_YEARS));
        }
        Optional<EditionArea> area = area(areaCode, fromYear, toYear);
        if (area.isEmpty()) {
            problems.add(new FieldProblem("area", "report.area-not-choosable"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        long id = store.insert(areaCode, area.get().name(), area.get().region(), fromYear, toYear,
                currentUser.require().username(), now);
        audit(AuditAction.CREATE, "edition " + id + " area=" + areaCode + " from=" + fromYear + " to=" + toYear);
        return id;
    }

    /** The editions of the areas the coordinator may read, newest years first. Names only, no figures. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public List<EditionSummary> editions() {
        Set<String> readable = readableAreas();
        return store.all().stream().filter(row -> readable.contains(row.areaCode())).map(EditionStore.Row::summary)
                .toList();
    }

    /** The regions and municipalities the coordinator may make an edition for: code and name. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public List<Map.Entry<String, String>> choosableAreas() {
        List<Map.Entry<String, String>> areas = new ArrayList<>();
        indicators.choosableRegions().forEach(region -> areas.add(Map.entry(region.code(), region.name())));
        indicators.choosableMunicipalities().stream().sorted(Comparator.comparing(MunicipalitySummary::name))
                .forEach(municipality -> areas.add(Map.entry(municipality.code(), municipality.label())));
        return areas;
    }

    /**
     * An edition with its chapters (read afresh for a draft, as stored for a published one) and
     * the cells that differ from the last published edition before it. Logged as an export.
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public ReportEdition open(long editionId, Locale locale) {
        EditionStore.Row row = readable(editionId);
        ReportEdition edition = assemble(row, locale);
        audit(AuditAction.EXPORT, "edition " + editionId + " area=" + row.areaCode() + " from=" + row.fromYear()
                + " to=" + row.toYear() + " format=screen");
        return edition;
    }

    /** Stores the coordinator's commentary of one chapter of a draft. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void comment(long editionId, long expectedVersion, String indicator, String commentary) {
        EditionStore.Row row = draft(editionId, expectedVersion);
        if (chapters.all().stream().noneMatch(chapter -> chapter.indicator().equals(indicator))) {
            throw new InvalidInputException("indicator", "report.chapter-unknown");
        }
        if (commentary.length() > MAX_COMMENTARY) {
            throw new InvalidInputException("commentary", "report.commentary-too-long", MAX_COMMENTARY);
        }
        store.comment(row.id(), indicator, commentary.strip());
        audit(AuditAction.UPDATE, "edition " + editionId + " commentary indicator=" + indicator);
    }

    /** Publishes a draft: its figures as they are now are stored, and it can no longer change. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void publish(long editionId, long expectedVersion, Locale locale) {
        EditionStore.Row row = draft(editionId, expectedVersion);
        List<ReportChapter> computed = assemble(row, locale).chapters();
        store.publish(row.id(), computed, currentUser.require().username(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS));
        audit(AuditAction.UPDATE, "edition " + editionId + " published");
    }

    /** For the PDF and other downloads: the edition as {@link #open} gives it, logged with its format. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public ReportEdition export(long editionId, Locale locale, String format) {
        EditionStore.Row row = readable(editionId);
        ReportEdition edition = assemble(row, locale);
        audit(AuditAction.EXPORT, "edition " + editionId + " area=" + row.areaCode() + " from=" + row.fromYear()
                + " to=" + row.toYear() + " format=" + format);
        return edition;
    }

    /**
     * An edition with the cells that differ from another edition of the same region or
     * municipality: any two, of the same years or not, published or draft (a cell of a year the
     * other does not have counts as changed). Logged as an export of the edition.
     *
     * @throws InvalidInputException (field {@code compare}) when the other edition is of another area
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public ReportEdition compare(long editionId, long otherId, Locale locale, String format) {
        EditionStore.Row row = readable(editionId);
        EditionStore.Row other = readable(otherId);
        if (!row.areaCode().equals(other.areaCode()) || row.id() == other.id()) {
            throw new InvalidInputException("compare", "report.compare-other-area");
        }
        List<ReportChapter> content = content(row, locale);
        ReportEdition edition = edition(row, content, other, changed(content, content(other, locale)));
        audit(AuditAction.EXPORT, "edition " + editionId + " area=" + row.areaCode() + " from=" + row.fromYear()
                + " to=" + row.toYear() + " format=" + format + " compared-with=" + otherId);
        return edition;
    }

    private ReportEdition assemble(EditionStore.Row row, Locale locale) {
        List<ReportChapter> content = content(row, locale);
        Optional<EditionStore.Row> previous = store.previousPublished(row);
        Set<String> changed = previous.map(before -> changed(content, frozen(before, locale))).orElse(Set.of());
        return edition(row, content, previous.orElse(null), changed);
    }

    private List<ReportChapter> content(EditionStore.Row row, Locale locale) {
        return row.published() ? frozen(row, locale) : fresh(row, locale);
    }

    private static ReportEdition edition(EditionStore.Row row, List<ReportChapter> content,
            EditionStore.@Nullable Row compared, Set<String> changed) {
        return new ReportEdition(row.id(), row.version(), row.areaCode(), row.areaName(), row.region(), row.fromYear(),
                row.toYear(), row.number(), row.published(), row.createdBy(), row.createdAt(), row.publishedBy(),
                row.publishedAt(), content, compared == null ? null : compared.number(), changed,
                compared == null ? null : compared.summary());
    }

    private List<ReportChapter> fresh(EditionStore.Row row, Locale locale) {
        EditionArea area = area(row.areaCode(), row.fromYear(), row.toYear())
                .orElseThrow(() -> new ReportEditionNotFoundException(row.id()));
        Map<String, String> commentary = store.commentary(row.id());
        List<ReportChapter> result = new ArrayList<>();
        for (ChapterDefinition definition : chapters.all()) {
            List<ChapterRow> rows = definition.rows(area, locale);
            List<Integer> years = years(rows);
            result.add(chapter(definition, years, rows, commentary, locale));
        }
        return result;
    }

    private List<ReportChapter> frozen(EditionStore.Row row, Locale locale) {
        Map<String, EditionStore.Frozen> stored = store.frozen(row.id());
        Map<String, String> commentary = store.commentary(row.id());
        List<ReportChapter> result = new ArrayList<>();
        for (ChapterDefinition definition : chapters.all()) {
            EditionStore.Frozen chapter = stored.get(definition.indicator());
            if (chapter != null) {
                result.add(chapter(definition, chapter.years(), chapter.rows(), commentary, locale));
            }
        }
        return result;
    }

    private ReportChapter chapter(ChapterDefinition definition, List<Integer> years, List<ChapterRow> rows,
            Map<String, String> commentary, Locale locale) {
        return new ReportChapter(definition.indicator(), messages.getMessage(definition.titleKey(), null, locale),
                messages.getMessage("report.definition." + definition.indicator(), null, locale), years, rows,
                commentary.getOrDefault(definition.indicator(), ""), Trends.of(years, rows, messages, locale));
    }

    private static List<Integer> years(List<ChapterRow> rows) {
        return rows.stream().flatMap(row -> row.cells().keySet().stream()).distinct().sorted().toList();
    }

    /** The cells whose text differs from the earlier edition's, or that it did not have. */
    private static Set<String> changed(List<ReportChapter> now, List<ReportChapter> before) {
        Map<String, String> earlier = new java.util.HashMap<>();
        before.forEach(chapter -> chapter.rows().forEach(row -> row.cells().forEach((year, figure) ->
                earlier.put(ReportEdition.cellKey(chapter.indicator(), row.key(), year), figure.shown()))));
        Set<String> changed = new HashSet<>();
        now.forEach(chapter -> chapter.rows().forEach(row -> row.cells().forEach((year, figure) -> {
            String key = ReportEdition.cellKey(chapter.indicator(), row.key(), year);
            if (!figure.shown().equals(earlier.get(key))) {
                changed.add(key);
            }
        })));
        return changed;
    }

    private EditionStore.Row readable(long editionId) {
        return store.find(editionId).filter(row -> readableAreas().contains(row.areaCode()))
                .orElseThrow(() -> new ReportEditionNotFoundException(editionId));
    }

    private EditionStore.Row draft(long editionId, long expectedVersion) {
        EditionStore.Row row = readable(editionId);
        if (row.published()) {
            throw new InvalidInputException("edition", "report.published-is-frozen");
        }
        if (!store.touch(row.id(), expectedVersion)) {
            throw new ConcurrentChangeException(row.createdBy());
        }
        return row;
    }

    private Set<String> readableAreas() {
        Set<String> codes = new HashSet<>();
        indicators.choosableRegions().forEach(region -> codes.add(region.code()));
        indicators.choosableMunicipalities().forEach(municipality -> codes.add(municipality.code()));
        return codes;
    }

    /** The region wholly within the scope (with its members in it) or the municipality of the scope. */
    private Optional<EditionArea> area(String code, int fromYear, int toYear) {
        List<MunicipalitySummary> municipalities = indicators.choosableMunicipalities();
        for (RegionSummary region : indicators.choosableRegions()) {
            if (region.code().equals(code)) {
                List<MunicipalitySummary> members = municipalities.stream()
                        .filter(municipality -> region.allMunicipalityCodes().contains(municipality.code()))
                        .sorted(Comparator.comparing(MunicipalitySummary::name)).toList();
                return Optional.of(new EditionArea(code, region.name(), true, fromYear, toYear, members));
            }
        }
        return municipalities.stream().filter(municipality -> municipality.code().equals(code)).findFirst()
                .map(municipality -> new EditionArea(code, municipality.name(), false, fromYear, toYear, List.of()));
    }

    /** A machine client with the coordinator role but no account reads editions too, logged as such. */
    private void audit(AuditAction action, String detail) {
        Optional<CurrentUser> user = currentUser.signedIn();
        boolean serviceAccount = user.map(CurrentUser::serviceAccount).orElse(true);
        AuditActor actor = user.map(CurrentUser::asActor).orElseGet(() -> new AuditActor(
                authentication.username().orElseThrow(), "COORDINATOR", null, "(service account)"));
        events.publishEvent(new AuditEvent(clock.instant().truncatedTo(ChronoUnit.SECONDS), actor, null, null,
                action, "indicator-report", AuditOutcome.SUCCESS,
                serviceAccount ? List.of("coordinator", "service-account") : List.of("coordinator"), detail));
    }
}
