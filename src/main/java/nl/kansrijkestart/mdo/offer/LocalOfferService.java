package nl.kansrijkestart.mdo.offer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.cases.Factor;
import nl.kansrijkestart.mdo.offer.internal.OfferEntry;
import nl.kansrijkestart.mdo.offer.internal.OfferEntryRepository;
import nl.kansrijkestart.mdo.offer.internal.OfferPeriod;
import nl.kansrijkestart.mdo.reference.MunicipalityService;
import nl.kansrijkestart.mdo.reference.MunicipalitySummary;
import nl.kansrijkestart.mdo.shared.InputRules;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.audit.AdministrationLog;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local offer (sociale kaart). Everyone signed in reads it: professionals choose from it, the
 * wegwijzer prints it. The application manager (ADMIN) maintains it, like the other reference data;
 * each change is logged with what the service became. A service is never deleted, because referrals
 * point to it: it ends by giving its municipalities an end date.
 */
@Service
public class LocalOfferService {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");
    private static final Pattern PHONE = Pattern.compile("[0-9+() -]{3,30}");
    private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s<>\"]{3,190}");

    private final OfferEntryRepository entries;
    private final MunicipalityService municipalities;
    private final AdministrationLog log;

    LocalOfferService(OfferEntryRepository entries, MunicipalityService municipalities, AdministrationLog log) {
        this.entries = entries;
        this.municipalities = municipalities;
        this.log = log;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OfferSummary> offers() {
        return entries.findAllByOrderByNameAsc().stream().map(LocalOfferService::summary).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public OfferSummary offer(long offerId) {
        return summary(existing(offerId));
    }

    /** The services offered in a municipality on a day, by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OfferSummary> availableIn(String municipalityCode, LocalDate day) {
        return offers().stream().filter(offer -> offer.availableIn(municipalityCode, day)).toList();
    }

    /**
     * The services offered in a municipality on a day, those addressing more of the given risk
     * factors first, then by name. A suggestion for the people deciding, nothing more.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OfferSummary> suggestedFor(String municipalityCode, LocalDate day, Set<Factor> caseFactors) {
        return availableIn(municipalityCode, day).stream()
                .sorted(Comparator.comparingLong((OfferSummary offer) -> -offer.addresses(caseFactors))
                        .thenComparing(OfferSummary::name))
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public OfferSummary create(OfferDraft draft) {
        OfferEntry entry = new OfferEntry("");
        apply(entry, draft);
        entries.saveAndFlush(entry);
        OfferSummary created = summary(entry);
        log.changed(AuditAction.CREATE, "offer-service", describe(created));
        return created;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public OfferSummary update(long offerId, long expectedVersion, OfferDraft draft) {
        OfferEntry entry = existing(offerId);
        if (entry.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(OfferEntry.class, offerId);
        }
        apply(entry, draft);
        entries.saveAndFlush(entry);
        OfferSummary changed = summary(entry);
        log.changed(AuditAction.UPDATE, "offer-service", describe(changed));
        return changed;
    }

    private void apply(OfferEntry entry, OfferDraft draft) {
        String code = draft.code() == null ? null : InputRules.normalise(draft.code().toUpperCase(Locale.ROOT));
        String phone = InputRules.normalise(draft.phone());
        String website = InputRules.normalise(draft.website());
        InputRules rules = InputRules.check()
                .required("code", code)
                .that("code", code, CODE.asMatchPredicate(), "offer.code.invalid")
                .requiredText("name", draft.name(), OfferEntry.NAME_MAX)
                .required("kind", draft.kind())
                .requiredText("provider", draft.provider(), OfferEntry.PROVIDER_MAX)
                .required("phase", draft.phase())
                .requiredText("description", draft.description(), OfferEntry.DESCRIPTION_MAX)
                .that("phone", phone, PHONE.asMatchPredicate(), "offer.phone.invalid")
                .that("website", website, WEBSITE.asMatchPredicate(), "offer.website.invalid")
                .optionalText("address", draft.address(), OfferEntry.ADDRESS_MAX);
        if (!rules.hasProblemWith("code")) {
            entries.findByCode(code).filter(other -> !other.equals(entry))
                    .ifPresent(other -> rules.problem("code", "offer.code.taken", code));
        }
        if (draft.factors().stream().anyMatch(factor -> factor.kind() == Factor.Kind.PROTECTIVE)) {
            rules.problem("factors", "offer.factors.risk-only");
        }
        checkAvailability(rules, draft.availability());
        rules.throwIfInvalid();
        entry.change(code, draft.name().strip(), draft.kind(), draft.provider().strip(), draft.phase(),
                draft.localTeam(), draft.description().strip(), phone, website, InputRules.normalise(draft.address()),
                draft.factors(), draft.availability().stream()
                        .map(a -> new OfferPeriod(a.municipalityCode(), a.from(), a.until())).toList());
    }

    /** Known municipalities, an end not before the start, and no two overlapping periods in one municipality. */
    private void checkAvailability(InputRules rules, List<OfferAvailability> availability) {
        Set<String> known = municipalities.municipalities().stream().map(MunicipalitySummary::code)
                .collect(Collectors.toSet());
        List<OfferAvailability> checked = new ArrayList<>();
        for (OfferAvailability period : availability) {
            if (!known.contains(period.municipalityCode())) {
                rules.problem("availability", "municipality.unknown");
                return;
            }
            if (period.until() != null && period.until().isBefore(period.from())) {
                rules.problem("availability", "offer.availability.until-before-from");
                return;
            }
            if (checked.stream().anyMatch(other -> overlap(other, period))) {
                rules.problem("availability", "offer.availability.overlap", period.municipalityCode());
                return;
            }
            checked.add(period);
        }
    }

    private static boolean overlap(OfferAvailability a, OfferAvailability b) {
        return a.municipalityCode().equals(b.municipalityCode())
                && (a.until() == null || !b.from().isAfter(a.until()))
                && (b.until() == null || !a.from().isAfter(b.until()));
    }

    private OfferEntry existing(long offerId) {
        return entries.findById(offerId).orElseThrow(() -> new InvalidInputException("offer", "offer.unknown"));
    }

    /** A service as the access log records a change of it. */
    private static String describe(OfferSummary offer) {
        return "offer " + offer.code() + ": name=" + offer.name() + " kind=" + offer.kind() + " provider="
                + offer.provider() + " phase=" + offer.phase() + " localTeam=" + offer.localTeam() + " factors="
                + offer.factors().stream().map(Enum::name).sorted().toList() + " availability="
                + offer.availability().stream().map(a -> a.municipalityCode() + " " + a.from() + ".."
                        + (a.until() == null ? "" : a.until())).sorted().toList();
    }

    static OfferSummary summary(OfferEntry entry) {
        return new OfferSummary(entry.requireId(), entry.getVersion(), entry.getCode(), entry.getName(),
                entry.getKind(), entry.getProvider(), entry.getPhase(), entry.isLocalTeam(), entry.getDescription(),
                entry.getPhone(), entry.getWebsite(), entry.getAddress(), entry.getFactors(),
                entry.getAvailability().stream()
                        .map(p -> new OfferAvailability(p.getMunicipalityCode(), p.getAvailableFrom(),
                                p.getAvailableUntil()))
                        .sorted(Comparator.comparing(OfferAvailability::municipalityCode)
                                .thenComparing(OfferAvailability::from))
                        .toList(),
                entry.isDemo());
    }
}
