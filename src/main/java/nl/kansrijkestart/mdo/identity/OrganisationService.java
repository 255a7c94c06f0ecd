package nl.kansrijkestart.mdo.identity;

import java.util.List;
import nl.kansrijkestart.mdo.identity.internal.Organisation;
import nl.kansrijkestart.mdo.identity.internal.OrganisationRepository;
import nl.kansrijkestart.mdo.identity.internal.UserAccountRepository;
import nl.kansrijkestart.mdo.shared.InputRules;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.audit.AdministrationLog;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisations users belong to; maintained by the application manager. */
@Service
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final UserAccountRepository users;
    private final AdministrationLog log;

    OrganisationService(OrganisationRepository organisations, UserAccountRepository users, AdministrationLog log) {
        this.log = log;
        this.organisations = organisations;
        this.users = users;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<OrganisationSummary> organisations() {
        return organisations.summaries();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public OrganisationSummary create(@Nullable String name) {
        String checked = checkedName(name, null);
        Organisation created = organisations.saveAndFlush(new Organisation(checked));
        log.changed(AuditAction.CREATE, "organisation", "organisation " + created.requireId() + ": " + checked);
        return summary(created);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public OrganisationSummary rename(long organisationId, long expectedVersion, @Nullable String name) {
        Organisation organisation = organisations.findById(organisationId)
                .orElseThrow(() -> new InvalidInputException("organisation", "organisation.unknown"));
        if (organisation.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Organisation.class, organisationId);
        }
        organisation.rename(checkedName(name, organisationId));
        log.changed(AuditAction.UPDATE, "organisation", "organisation " + organisationId + ": renamed to "
                + organisation.getName());
        return summary(organisations.saveAndFlush(organisation));
    }

    private OrganisationSummary summary(Organisation organisation) {
        return new OrganisationSummary(organisation.requireId(), organisation.getVersion(), organisation.getName(),
                users.countByOrganisationId(organisation.requireId()));
    }

    private String checkedName(@Nullable String name, @Nullable Long ownId) {
        InputRules rules = InputRules.check().requiredText("name", name, Organisation.NAME_MAX);
        if (!rules.hasProblemWith("name")) {
            organisations.findByNameIgnoreCase(name.strip())
                    .filter(other -> ownId == null || other.requireId() != ownId)
                    .ifPresent(other -> rules.problem("name", "organisation.name.taken"));
        }
        rules.throwIfInvalid();
        return name.strip();
    }
}
