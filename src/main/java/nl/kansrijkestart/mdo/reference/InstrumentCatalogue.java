package nl.kansrijkestart.mdo.reference;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.reference.internal.Instrument;
import nl.kansrijkestart.mdo.reference.internal.InstrumentRepository;
import nl.kansrijkestart.mdo.reference.internal.InstrumentVersion;
import nl.kansrijkestart.mdo.reference.internal.InstrumentVersionRepository;
import nl.kansrijkestart.mdo.shared.InputRules;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.InvalidInputException.FieldProblem;
import nl.kansrijkestart.mdo.shared.audit.AdministrationLog;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue of signalling instruments, kept as data: everyone signed in reads it and checks
 * instrument results against it; only ADMIN adds instruments and versions. A version never changes
 * once created, and the catalogue holds no cut-offs or risk levels.
 */
@Service
public class InstrumentCatalogue {

    /** The field under which {@link #checkValues} reports a problem with the total score. */
    public static final String TOTAL_FIELD = "total";

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,29}");

    private final InstrumentRepository instruments;
    private final InstrumentVersionRepository versions;

    private final AdministrationLog log;

    InstrumentCatalogue(InstrumentRepository instruments, InstrumentVersionRepository versions,
            AdministrationLog log) {
        this.log = log;
        this.instruments = instruments;
        this.versions = versions;
    }

    /** The field under which {@link #checkValues} reports a problem with the value of one domain. */
    public static String domainField(String domainCode) {
        return "domain." + domainCode;
    }

    /** All instruments by name, each with its versions (oldest first) and their domains. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<InstrumentSummary> instruments() {
        Map<Long, List<InstrumentVersionSummary>> byInstrument = versions.findAllByOrderByIdAsc().stream()
                .map(InstrumentSummaries::version)
                .collect(Collectors.groupingBy(InstrumentVersionSummary::instrumentId));
        return instruments.findAllByOrderByNameAsc().stream()
                .map(instrument -> InstrumentSummaries.instrument(instrument,
                        byInstrument.getOrDefault(instrument.requireId(), List.of())))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<InstrumentVersionSummary> version(long versionId) {
        return versions.findWithDomainsById(versionId).map(InstrumentSummaries::version);
    }

    /**
     * The problems with a result's values for one version; empty when every domain has a value the
     * instrument can produce and the total fits. Values are keyed by domain code; fields are named
     * by {@link #domainField} and {@link #TOTAL_FIELD}. A version with a total needs one, a version
     * without a total refuses one. Whether a value is worrying is not judged here.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<FieldProblem> checkValues(long versionId, Map<String, @Nullable Integer> domainValues,
            @Nullable Integer total) {
        return version(versionId)
                .map(version -> ResultValueRules.check(version, domainValues, total))
                .orElseGet(() -> List.of(new FieldProblem("instrumentVersion", "instrument.version.unknown")));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public InstrumentSummary createInstrument(InstrumentDraft draft) {
        String code = draft.code() == null ? null : InputRules.normalise(draft.code().toUpperCase(Locale.ROOT));
        InputRules rules = InputRules.check()
                .required("code", code)
                .that("code", code, CODE.asMatchPredicate(), "instrument.code.invalid")
                .requiredText("name", draft.name(), Instrument.NAME_MAX)
                .optionalText("description", draft.description(), Instrument.DESCRIPTION_MAX);
        if (!rules.hasProblemWith("code") && instruments.existsByCode(code)) {
            rules.problem("code", "instrument.code.taken", code);
        }
        if (!rules.hasProblemWith("name") && instruments.existsByNameIgnoreCase(draft.name().strip())) {
            rules.problem("name", "instrument.name.taken");
        }
        rules.throwIfInvalid();
        Instrument instrument = instruments.saveAndFlush(new Instrument(code, draft.name().strip(),
                draft.validated(), InputRules.normalise(draft.description())));
        log.changed(AuditAction.CREATE, "instrument", "instrument " + code + ": validated=" + draft.validated());
        return InstrumentSummaries.instrument(instrument, List.of());
    }

    /** Adds a version with its domains to an instrument; earlier versions stay as they are. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public InstrumentVersionSummary addVersion(long instrumentId, InstrumentVersionDraft draft) {
        Instrument instrument = instruments.findById(instrumentId)
                .orElseThrow(() -> new InvalidInputException("instrument", "instrument.unknown"));
        InstrumentVersionDraft normalised = VersionDraftRules.normalise(draft);
        InputRules rules = VersionDraftRules.check(normalised);
        if (!rules.hasProblemWith("label")
                && versions.existsByInstrumentIdAndLabelIgnoreCase(instrumentId, normalised.label())) {
            rules.problem("label", "instrument.version.label.taken", normalised.label());
        }
        rules.throwIfInvalid();
        InstrumentVersion version = new InstrumentVersion(instrument, normalised.label(),
                normalised.hasTotal() ? normalised.totalMin() : null,
                normalised.hasTotal() ? normalised.totalMax() : null);
        normalised.domains().forEach(domain -> version.addDomain(domain.code(), domain.name(), domain.type(),
                domain.scoreMin(), domain.scoreMax()));
        InstrumentVersionSummary added = InstrumentSummaries.version(versions.saveAndFlush(version));
        log.changed(AuditAction.CREATE, "instrument-version", "instrument " + instrument.getCode() + " version "
                + normalised.label() + ": " + normalised.domains().size() + " domains");
        return added;
    }
}
