package nl.kansrijkestart.mdo.offer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.reference.MunicipalityService;
import nl.kansrijkestart.mdo.reference.MunicipalitySummary;
import nl.kansrijkestart.mdo.shared.CurrentAuthentication;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.shared.audit.AuditActor;
import nl.kansrijkestart.mdo.shared.audit.AuditEvent;
import nl.kansrijkestart.mdo.shared.audit.AuditOutcome;
import nl.kansrijkestart.mdo.shared.audit.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wegwijzer of a municipality: the services of the local offer available there today, for
 * parents. Everyone signed in may print it, like the offer it is made of; it holds no case data.
 * Every download is an export in the access log (which municipality, which day, how many services).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class WegwijzerService {

    private final LocalOfferService offers;
    private final MunicipalityService municipalities;
    private final CurrentActor actor;
    private final CurrentAuthentication authentication;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WegwijzerService(LocalOfferService offers, MunicipalityService municipalities, CurrentActor actor,
            CurrentAuthentication authentication, ApplicationEventPublisher events, Clock clock) {
        this.offers = offers;
        this.municipalities = municipalities;
        this.actor = actor;
        this.authentication = authentication;
        this.events = events;
        this.clock = clock;
    }

    /** The municipality's wegwijzer of today, logged as an export; an unknown code is refused. */
    @Transactional(readOnly = true)
    public MunicipalWegwijzer municipal(String municipalityCode) {
        MunicipalitySummary municipality = municipalities.municipalities().stream()
                .filter(m -> m.code().equals(municipalityCode)).findFirst()
                .orElseThrow(() -> new InvalidInputException("municipality", "municipality.unknown"));
        LocalDate today = LocalDate.now(clock);
        List<OfferSummary> offered = offers.availableIn(municipality.code(), today);
        events.publishEvent(new AuditEvent(clock.instant().truncatedTo(ChronoUnit.SECONDS), actor(), null, null,
                AuditAction.EXPORT, "wegwijzer", AuditOutcome.SUCCESS, List.of("signed-in"),
                "municipality " + municipality.code() + " on " + today + ": " + offered.size() + " services"));
        return new MunicipalWegwijzer(municipality.code(), municipality.name(), today, offered);
    }

    /** The signed-in user; a machine client without an account (a Keycloak client token) by its name and roles. */
    private AuditActor actor() {
        try {
            return actor.require();
        } catch (AuthenticationCredentialsNotFoundException noAccount) {
            String roles = authentication.current().stream().flatMap(a -> a.getAuthorities().stream())
                    .map(GrantedAuthority::getAuthority).filter(name -> name.startsWith("ROLE_"))
                    .map(name -> name.substring(5)).sorted().collect(Collectors.joining(","));
            return new AuditActor(authentication.username().orElse("unknown"), roles, null, "(service account)");
        }
    }
}
