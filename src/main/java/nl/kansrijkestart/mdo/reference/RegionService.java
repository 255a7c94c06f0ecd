package nl.kansrijkestart.mdo.reference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.reference.internal.Municipality;
import nl.kansrijkestart.mdo.reference.internal.MunicipalityRepository;
import nl.kansrijkestart.mdo.reference.internal.Region;
import nl.kansrijkestart.mdo.reference.internal.RegionRepository;
import nl.kansrijkestart.mdo.shared.InputRules;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.audit.AdministrationLog;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regions: named groups of municipalities that may nest, used to group meetings and counts. Members
 * have periods; the screens and today's rules read the members of today, a counting event those of
 * the day of the discussion.
 */
@Service
public class RegionService {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,29}");

    private final RegionRepository regions;
    private final MunicipalityRepository municipalities;
    private final AdministrationLog log;
    private final Clock clock;

    RegionService(RegionRepository regions, MunicipalityRepository municipalities, AdministrationLog log,
            Clock clock) {
        this.log = log;
        this.regions = regions;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    /** Every region with its members of today. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RegionSummary> regions() {
        return regionsOn(LocalDate.now(clock));
    }

    /** Every region with its members of {@code day}, past or future. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RegionSummary> regionsOn(LocalDate day) {
        List<Region> all = regions.findAllByOrderByNameAsc();
        Map<Long, List<Region>> children = all.stream()
                .filter(region -> region.getParent() != null)
                .collect(Collectors.groupingBy(region -> region.getParent().requireId()));
        return all.stream().map(region -> summary(region, children, day)).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RegionSummary create(RegionDraft draft) {
        Region region = new Region("", "");
        apply(region, draft);
        regions.saveAndFlush(region);
        RegionSummary created = find(region.requireId());
        log.changed(AuditAction.CREATE, "region", describe(created));
        return created;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RegionSummary update(long regionId, long expectedVersion, RegionDraft draft) {
        Region region = existing(regionId);
        if (region.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Region.class, regionId);
        }
        apply(region, draft);
        regions.saveAndFlush(region);
        RegionSummary changed = find(regionId);
        log.changed(AuditAction.UPDATE, "region", describe(changed));
        return changed;
    }

    /** Removes a region that has no sub-regions; its municipalities stay. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(long regionId) {
        Region region = existing(regionId);
        if (regions.existsByParentId(regionId)) {
            throw new InvalidInputException("region", "region.has-subregions");
        }
        regions.delete(region);
        log.changed(AuditAction.DELETE, "region", "region " + region.getCode() + " removed");
    }

    /** A region as the access log records a change of it: code, name, parent and own municipalities. */
    private static String describe(RegionSummary region) {
        return "region " + region.code() + ": name=" + region.name() + " parent=" + region.parentName()
                + " municipalities=" + region.directMunicipalities().stream().map(MunicipalitySummary::code)
                        .sorted().toList();
    }

    private RegionSummary find(long regionId) {
        return regions().stream().filter(summary -> summary.id() == regionId).findFirst().orElseThrow();
    }

    private void apply(Region region, RegionDraft draft) {
        String code = draft.code() == null ? null : InputRules.normalise(draft.code().toUpperCase(Locale.ROOT));
        InputRules rules = InputRules.check()
                .required("code", code)
                .that("code", code, CODE.asMatchPredicate(), "region.code.invalid")
                .requiredText("name", draft.name(), Region.NAME_MAX);
        if (!rules.hasProblemWith("code")) {
            regions.findByCode(code).filter(other -> !other.equals(region))
                    .ifPresent(other -> rules.problem("code", "region.code.taken", code));
        }
        if (!rules.hasProblemWith("name")) {
            regions.findByNameIgnoreCase(draft.name().strip()).filter(other -> !other.equals(region))
                    .ifPresent(other -> rules.problem("name", "region.name.taken"));
        }
        Region parent = parent(rules, region, draft.parentId());
        List<Municipality> members = municipalities.findAllById(draft.municipalityIds());
        if (members.size() != draft.municipalityIds().size()) {
            rules.problem("municipalities", "municipality.unknown");
        }
        rules.throwIfInvalid();
        region.change(code, draft.name().strip(), parent);
        region.changeMembers(new HashSet<>(members), LocalDate.now(clock));
    }

    private @Nullable Region parent(InputRules rules, Region region, @Nullable Long parentId) {
        if (parentId == null) {
            return null;
        }
        Region parent = regions.findById(parentId).orElse(null);
        if (parent == null) {
            rules.problem("parent", "region.unknown");
        } else if (region.getId() != null && parent.isSelfOrDescendantOf(region)) {
            rules.problem("parent", "region.parent.cycle");
        }
        return parent;
    }

    private Region existing(long regionId) {
        return regions.findById(regionId).orElseThrow(() -> new InvalidInputException("region", "region.unknown"));
    }

    private static RegionSummary summary(Region region, Map<Long, List<Region>> children, LocalDate day) {
        Set<String> codes = new TreeSet<>();
        Deque<Region> todo = new ArrayDeque<>(List.of(region));
        Set<Long> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Region current = todo.pop();
            if (seen.add(current.requireId())) {
                current.membersOn(day).forEach(m -> codes.add(m.getCode()));
                todo.addAll(children.getOrDefault(current.requireId(), List.of()));
            }
        }
        Region parent = region.getParent();
        List<MunicipalitySummary> direct = region.membersOn(day).stream()
                .map(MunicipalityService::summary)
                .sorted(Comparator.comparing(MunicipalitySummary::name))
                .toList();
        List<RegionMembershipSummary> memberships = region.getMemberships().stream()
                .map(m -> new RegionMembershipSummary(MunicipalityService.summary(m.getMunicipality()),
                        m.getValidFrom(), m.getValidUntil()))
                .sorted(Comparator.comparing((RegionMembershipSummary m) -> m.municipality().name())
                        .thenComparing(RegionMembershipSummary::from))
                .toList();
        return new RegionSummary(region.requireId(), region.getVersion(), region.getCode(), region.getName(),
                parent == null ? null : parent.requireId(), parent == null ? null : parent.getName(), direct,
                List.copyOf(codes), memberships);
    }
}
