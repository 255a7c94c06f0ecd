package nl.kansrijkestart.mdo.meetings;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.CaseNotAccessibleException;
import nl.kansrijkestart.mdo.cases.meetingaccess.CaseReferralFacts;
import nl.kansrijkestart.mdo.cases.meetingaccess.ReferralCase;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.WorkContact;
import nl.kansrijkestart.mdo.meetings.internal.ReferralRecord;
import nl.kansrijkestart.mdo.meetings.internal.ReferralRecordRepository;
import nl.kansrijkestart.mdo.offer.HandOverSheet;
import nl.kansrijkestart.mdo.offer.LocalOfferService;
import nl.kansrijkestart.mdo.offer.WegwijzerPdf;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.shared.audit.AuditEvent;
import nl.kansrijkestart.mdo.shared.audit.AuditOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wegwijzer of one case, which the contact person hands to the parents: the agreed support
 * (referrals advised, referred or started; not the declined or ended ones) with how to reach each
 * service, and the contact person's name, organisation and work phone. Nothing else of the case:
 * no case number, initials, risk factors or meeting text. Only for the case's care team; anyone
 * else is refused as for an unknown case, and logged. Checking it on screen is a read of the case,
 * the PDF an export.
 */
@Service
@PreAuthorize("hasAnyRole('PROFESSIONAL','CHAIR')")
public class HandOverService {

    /** Support the parents still have or may get: not declined, not ended. */
    static final Set<ReferralStatus> AGREED = Set.of(ReferralStatus.ADVISED, ReferralStatus.REFERRED,
            ReferralStatus.STARTED);

    private static final String OBJECT = "wegwijzer";

    private final ReferralRecordRepository referrals;
    private final CaseReferralFacts cases;
    private final LocalOfferService offers;
    private final CurrentUserService users;
    private final AgendaAudit audit;
    private final WegwijzerPdf pdf;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HandOverService(ReferralRecordRepository referrals, CaseReferralFacts cases, LocalOfferService offers,
            CurrentUserService users, AgendaAudit audit, WegwijzerPdf pdf, ApplicationEventPublisher events,
            Clock clock) {
        this.referrals = referrals;
        this.cases = cases;
        this.offers = offers;
        this.users = users;
        this.audit = audit;
        this.pdf = pdf;
        this.events = events;
        this.clock = clock;
    }

    /** What the wegwijzer will say, for the care team to check before printing; logged as a read. */
    @Transactional(readOnly = true)
    public HandOverSheet preview(String caseNumber) {
        return sheet(caseNumber, AuditAction.READ);
    }

    /**
     * The wegwijzer as PDF; logged as an export of the case. Each read inside is a transaction of its
     * own, so no database connection is held while the PDF is laid out.
     */
    public void write(String caseNumber, Locale locale, OutputStream out) throws IOException {
        pdf.handOver(sheet(caseNumber, AuditAction.EXPORT), locale, out);
    }

    private HandOverSheet sheet(String caseNumber, AuditAction action) {
        CurrentUser me = users.require();
        ReferralCase referralCase = cases.referralCase(caseNumber);
        if (referralCase.careTeam().stream().noneMatch(member -> member.userId() == me.id())) {
            events.publishEvent(new AuditEvent(clock.instant().truncatedTo(ChronoUnit.SECONDS), me.asActor(), null,
                    caseNumber, action, OBJECT, AuditOutcome.DENIED, List.of("care-team"), "not on the care team"));
            throw new CaseNotAccessibleException(caseNumber);
        }
        if (referralCase.erased()) {
            throw new InvalidInputException("case", "case.erased");
        }
        if (referralCase.contactPersonId() == null) {
            throw new InvalidInputException("case", "wegwijzer.handover.no-contact-person");
        }
        WorkContact contact = users.workContact(referralCase.contactPersonId())
                .orElseThrow(() -> new InvalidInputException("case", "wegwijzer.handover.no-contact-person"));
        List<HandOverSheet.Support> support = agreed(caseNumber).stream().map(this::support).toList();
        audit.succeeded(me, caseNumber, action, OBJECT, List.of("care-team"), support.size()
                + " services, contact person " + contact.userId()
                + (contact.workPhone() == null ? " without phone" : ""));
        return new HandOverSheet(contact.name(), contact.organisationName(), contact.workPhone(), LocalDate.now(clock),
                support);
    }

    /** The agreed referrals in the order they were advised, each service once (its latest referral). */
    private List<ReferralRecord> agreed(String caseNumber) {
        Map<Long, ReferralRecord> latest = new LinkedHashMap<>();
        referrals.findByCaseNumberOrderByAdvisedOnAscIdAsc(caseNumber).stream()
                .filter(referral -> AGREED.contains(referral.getStatus()))
                .forEach(referral -> {
                    latest.remove(referral.getOfferId());
                    latest.put(referral.getOfferId(), referral);
                });
        return List.copyOf(latest.values());
    }

    private HandOverSheet.Support support(ReferralRecord referral) {
        @Nullable LocalDate since = switch (referral.getStatus()) {
            case REFERRED -> referral.getReferredOn();
            case STARTED -> referral.getStartedOn();
            default -> null;
        };
        return new HandOverSheet.Support(offers.offer(referral.getOfferId()),
                "wegwijzer.handover.status." + referral.getStatus().name(), since);
    }
}
