package nl.kansrijkestart.mdo.reference;

import java.util.List;
import java.util.Locale;
import nl.kansrijkestart.mdo.reference.internal.Municipality;
import nl.kansrijkestart.mdo.reference.internal.MunicipalityRepository;
import nl.kansrijkestart.mdo.shared.InputRules;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.audit.AdministrationLog;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The municipalities cases and meetings belong to; read by everyone, maintained by ADMIN. */
@Service
public class MunicipalityService {

    private final MunicipalityRepository municipalities;
    private final AdministrationLog log;

    MunicipalityService(MunicipalityRepository municipalities, AdministrationLog log) {
        this.log = log;
        this.municipalities = municipalities;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MunicipalitySummary> municipalities() {
        return municipalities.findAll(Sort.by("name")).stream().map(MunicipalityService::summary).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public MunicipalitySummary create(@Nullable String code, @Nullable String name) {
        String normalisedCode = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
        InputRules rules = InputRules.check()
                .required("code", InputRules.normalise(normalisedCode))
                .that("code", InputRules.normalise(normalisedCode), MunicipalityCode::isValid,
                        "municipality.code.invalid")
                .requiredText("name", name, Municipality.NAME_MAX);
        if (!rules.hasProblemWith("code") && municipalities.existsByCode(normalisedCode)) {
            rules.problem("code", "municipality.code.taken", normalisedCode);
        }
        rules.throwIfInvalid();
        Municipality created = municipalities.saveAndFlush(new Municipality(normalisedCode, name.strip()));
        log.changed(AuditAction.CREATE, "municipality", "municipality " + normalisedCode + ": " + created.getName());
        return summary(created);
    }

    /** Renames or (de)activates; the code stays, a merged municipality gets a new record. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public MunicipalitySummary update(long municipalityId, long expectedVersion, @Nullable String name,
            boolean active) {
        Municipality municipality = municipalities.findById(municipalityId)
                .orElseThrow(() -> new InvalidInputException("municipality", "municipality.unknown"));
        if (municipality.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Municipality.class, municipalityId);
        }
        InputRules.check().requiredText("name", name, Municipality.NAME_MAX).throwIfInvalid();
        municipality.change(name.strip(), active);
        log.changed(AuditAction.UPDATE, "municipality", "municipality " + municipality.getCode() + ": name="
                + municipality.getName() + " active=" + active);
        return summary(municipalities.saveAndFlush(municipality));
    }

    static MunicipalitySummary summary(Municipality municipality) {
        return new MunicipalitySummary(municipality.requireId(), municipality.getVersion(), municipality.getCode(),
                municipality.getName(), municipality.isActive());
    }
}
