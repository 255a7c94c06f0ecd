package nl.kansrijkestart.mdo.meetings;

import java.time.Clock;
import java.util.ArrayList;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.cases.meetingaccess.CaseReferralFacts;
import nl.kansrijkestart.mdo.cases.meetingaccess.ReferralCase;
import nl.kansrijkestart.mdo.cases.meetingaccess.SupportStartFacts;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.meetings.internal.AgendaItem;
import nl.kansrijkestart.mdo.meetings.internal.AgendaItemRepository;
import nl.kansrijkestart.mdo.meetings.internal.Meeting;
import nl.kansrijkestart.mdo.meetings.internal.ReferralRecord;
import nl.kansrijkestart.mdo.meetings.internal.ReferralRecordRepository;
import nl.kansrijkestart.mdo.offer.LocalOfferService;
import nl.kansrijkestart.mdo.offer.OfferSummary;
import nl.kansrijkestart.mdo.shared.ConcurrentChangeException;
import nl.kansrijkestart.mdo.shared.InputRules;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.MessageKey;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals to the local offer: recorded by the chair in a running meeting's outcome or by the care
 * team afterwards, and moved on (referred, started, ended, or declined by the client) by the care
 * team, the contact person first of all. Who may read or change them is the case's rule for referral
 * data ({@link CaseReferralFacts}: the care team, or a chair with the case on her agenda); meeting
 * participants read the referrals of an outcome within the consent scope ({@link CaseContentScope}).
 * Every read and change is logged. The application suggests, never decides: a referral is always a
 * person's choice from the services offered in the case's municipality on that day.
 */
@Service
@PreAuthorize("hasAnyRole('PROFESSIONAL','CHAIR')")
public class ReferralService {

    private final ReferralRecordRepository referrals;
    private final AgendaItemRepository items;
    private final MeetingGuard guard;
    private final CaseContentScope scope;
    private final CaseReferralFacts cases;
    private final LocalOfferService offers;
    private final AgendaAudit audit;
    private final CurrentUserService currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Period flagAfter;

    ReferralService(ReferralRecordRepository referrals, AgendaItemRepository items, MeetingGuard guard,
            CaseContentScope scope, CaseReferralFacts cases, LocalOfferService offers, AgendaAudit audit,
            CurrentUserService currentUser, ApplicationEventPublisher events, Clock clock,
            @Value("${mdo.referrals.flag-after:P6W}") Period flagAfter) {
        this.referrals = referrals;
        this.items = items;
        this.guard = guard;
        this.scope = scope;
        this.cases = cases;
        this.offers = offers;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.flagAfter = flagAfter;
    }

    /** What the case can be referred to: in meeting item {@code itemId} on its date, otherwise today. */
    @Transactional(readOnly = true)
    public ReferralOptions options(String caseNumber, @Nullable Long itemId) {
        CurrentUser me = currentUser.require();
        LocalDate day = itemId == null ? today() : dateOf(chairedItem(me, itemId, caseNumber).meeting());
        ReferralCase referralCase = cases.referralCase(caseNumber);
        List<OfferSummary> suggested = offers.suggestedFor(referralCase.municipalityCode(), day,
                referralCase.factors());
        int addressing = (int) suggested.stream().filter(o -> o.addresses(referralCase.factors()) > 0).count();
        return new ReferralOptions(day, suggested, addressing, referrers(me, referralCase));
    }

    /**
     * Records a referral as advised: in the outcome of meeting item {@code itemId} (its chair, while the
     * meeting runs, dated the meeting's day) or, without an item, by a care-team member, dated today.
     * The service must be offered in the case's municipality on that day.
     */
    @Transactional
    public Referral create(String caseNumber, @Nullable Long itemId, long offerId, long referrerUserId) {
        return create(caseNumber, itemId, offerId, referrerUserId, ReferralStatus.ADVISED);
    }

    /**
     * Records a referral as {@link #create(String, Long, long, long)} does, as advised or, when the
     * referral is made right away (in the meeting or by the care team), as referred on the same day.
     * Any other status is refused: a referral starts, ends or is declined only later, by a step.
     */
    @Transactional
    public Referral create(String caseNumber, @Nullable Long itemId, long offerId, long referrerUserId,
            @Nullable ReferralStatus status) {
        CurrentUser me = currentUser.require();
        ChairedItem chaired = itemId == null ? null : chairedItem(me, itemId, caseNumber);
        if (chaired != null) {
            OutcomeService.requireRunning(chaired.meeting());
        }
        ReferralCase referralCase = cases.referralCase(caseNumber);
        if (chaired == null && referralCase.careTeam().stream().noneMatch(m -> m.userId() == me.id())) {
            throw new InvalidInputException("case", "referral.care-team-only");
        }
        if (referralCase.erased()) {
            throw new InvalidInputException("case", "case.erased");
        }
        if (status != ReferralStatus.ADVISED && status != ReferralStatus.REFERRED) {
            throw new InvalidInputException("status", status == null ? "validation.required"
                    : "referral.status.initial");
        }
        LocalDate day = chaired == null ? today() : dateOf(chaired.meeting());
        OfferSummary offer = offers.offer(offerId);
        if (!offer.availableIn(referralCase.municipalityCode(), day)) {
            throw new InvalidInputException("offer", "referral.offer-not-available", day.toString());
        }
        ReferralCase.Member referrer = referrers(me, referralCase).stream().filter(m -> m.userId() == referrerUserId)
                .findFirst().orElseThrow(() -> new InvalidInputException("referrer", "referral.referrer-not-in-team"));
        ReferralRecord record = new ReferralRecord(caseNumber, itemId, offer.id(), offer.name(), offer.kind(),
                offer.localTeam(), referrer.userId(), referrer.name(), day, me.displayName(), clock.instant());
        if (status == ReferralStatus.REFERRED) {
            record.move(ReferralStatus.REFERRED, day, null, me.displayName());
        }
        ReferralRecord saved = referrals.saveAndFlush(record);
        audit.succeeded(me, caseNumber, AuditAction.CREATE, "referral",
                List.of(chaired == null ? "care-team" : "meeting-chair"),
                "referral " + saved.requireId() + ": " + offer.code() + " " + status);
        if (chaired != null) {
            events.publishEvent(new MeetingChanged(chaired.meeting().requireId(), MeetingChanged.Change.OUTCOME,
                    me.displayName()));
        }
        return map(saved);
    }

    /** The referrals of a case, for its care team (and a chair with the case on her agenda). */
    @Transactional(readOnly = true)
    public List<Referral> ofCase(String caseNumber) {
        CurrentUser me = currentUser.require();
        cases.referralCase(caseNumber);
        List<Referral> found = referrals.findByCaseNumberOrderByAdvisedOnAscIdAsc(caseNumber).stream()
                .map(this::map).toList();
        audit.succeeded(me, caseNumber, AuditAction.READ, "referral", List.of("referral-case"),
                found.size() + " referrals");
        return found;
    }

    /** The referrals recorded in one outcome, for the meeting's readers within the consent scope. */
    @Transactional(readOnly = true)
    public List<Referral> ofItem(long itemId) {
        CurrentUser me = currentUser.require();
        AgendaItem item = items.existing(itemId);
        Meeting meeting = guard.forParticipant(me, item.getMeetingId());
        if (!scope.of(me, meeting).sees(item)) {
            return List.of();
        }
        List<Referral> found = referrals.findByAgendaItemIdOrderByIdAsc(itemId).stream().map(this::map).toList();
        if (!found.isEmpty()) {
            audit.succeeded(me, item.getCaseNumber(), AuditAction.READ, "referral",
                    List.of("meeting-participant:" + AgendaAudit.meeting(meeting.requireId())),
                    found.size() + " referrals");
        }
        return found;
    }

    /**
     * The referrals recorded in the outcomes of one meeting, for its readers: of each item only within
     * the consent scope, as {@link #ofItem(long)} gives them, read at once for the whole meeting page.
     * {@code shownVersions} (referral id to version) is what the reader's page shows already: only a
     * case with a referral new to the page is logged as read, as for {@link ConclusionService#outcome}.
     */
    @Transactional(readOnly = true)
    public List<Referral> ofMeeting(long meetingId, Map<Long, Long> shownVersions) {
        CurrentUser me = currentUser.require();
        Meeting meeting = guard.forParticipant(me, meetingId);
        CaseContentScope.Reader reader = scope.of(me, meeting);
        Map<Long, AgendaItem> seen = items.findByMeetingIdOrderByPositionAscSubmittedAtAsc(meetingId).stream()
                .filter(reader::sees).collect(Collectors.toMap(AgendaItem::requireId, Function.identity()));
        if (seen.isEmpty()) {
            return List.of();
        }
        List<Referral> found = referrals.findByAgendaItemIdInOrderByIdAsc(seen.keySet()).stream().map(this::map)
                .toList();
        found.stream().filter(referral -> !Long.valueOf(referral.version()).equals(shownVersions.get(referral.id())))
                .collect(Collectors.groupingBy(Referral::caseNumber, TreeMap::new, Collectors.counting()))
                .forEach((caseNumber, count) -> audit.succeeded(me, caseNumber, AuditAction.READ, "referral",
                        List.of("meeting-participant:" + AgendaAudit.meeting(meetingId)),
                        count + " referrals new to the reader"));
        return found;
    }

    /** The open referrals (advised or referred) of the cases whose contact person is the signed-in user. */
    @Transactional(readOnly = true)
    public List<Referral> myOpenReferrals() {
        CurrentUser me = currentUser.require();
        List<String> mine = cases.casesWithMeAsContactPerson();
        List<Referral> open = mine.isEmpty() ? List.of()
                : referrals.findByCaseNumberInAndStatusInOrderByAdvisedOnAscIdAsc(mine,
                        List.of(ReferralStatus.ADVISED, ReferralStatus.REFERRED)).stream().map(this::map).toList();
        audit.succeeded(me, null, AuditAction.READ, "my-referrals", List.of("contact-person"),
                open.size() + " open referrals");
        return open;
    }

    /**
     * Moves a referral one step on: referred, started, ended, or declined by the client with a reason.
     * {@code day} is when it happened: not in the future, not before the referral or its start.
     * Refused when someone changed the referral after {@code expectedVersion}.
     */
    @Transactional
    public Referral move(long referralId, long expectedVersion, @Nullable ReferralStatus next,
            @Nullable LocalDate day, @Nullable String reason) {
        CurrentUser me = currentUser.require();
        ReferralRecord referral = referrals.findById(referralId)
                .orElseThrow(() -> new InvalidInputException("referral", "referral.unknown"));
        cases.referralCase(referral.getCaseNumber());
        if (referral.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(referral.getLastChangedBy());
        }
        check(referral, next, day, reason);
        referral.move(next, day, InputRules.normalise(reason), me.displayName());
        referrals.saveAndFlush(referral);
        audit.succeeded(me, referral.getCaseNumber(), AuditAction.UPDATE, "referral", List.of("referral-case"),
                "referral " + referralId + ": " + next + " " + day);
        if (next == ReferralStatus.STARTED) {
            started(referral, day);
        }
        shownInMeeting(referral, me);
        return map(referral);
    }

    /**
     * A referral recorded in a meeting's outcome is shown on that meeting's page, the only page of a
     * meeting that shows it: its open pages are told which item's referrals changed (ids and kind
     * only, on every node) and each reads them again as its own viewer. A referral made by the care
     * team outside a meeting is on no meeting's page.
     */
    private void shownInMeeting(ReferralRecord referral, CurrentUser me) {
        Long itemId = referral.getAgendaItemId();
        if (itemId != null) {
            items.findById(itemId).ifPresent(item -> events.publishEvent(new MeetingChanged(item.getMeetingId(),
                    MeetingChanged.Change.REFERRALS, me.displayName(), itemId, null)));
        }
    }

    /**
     * As {@link #move(long, long, ReferralStatus, LocalDate, String)}, for a referral addressed under
     * its case (as the API does): a referral that does not exist or belongs to another case is refused
     * as unknown, after the case's own access check (so a stranger is refused and logged as for an
     * unknown case, and learns nothing about referral numbers).
     */
    @Transactional
    public Referral move(String caseNumber, long referralId, long expectedVersion, @Nullable ReferralStatus next,
            @Nullable LocalDate day, @Nullable String reason) {
        ReferralRecord referral = referrals.findById(referralId).orElse(null);
        if (referral == null || !referral.getCaseNumber().equals(caseNumber)) {
            cases.referralCase(caseNumber);
            throw new InvalidInputException("referral", "referral.unknown");
        }
        return move(referralId, expectedVersion, next, day, reason);
    }

    private void check(ReferralRecord referral, @Nullable ReferralStatus next, @Nullable LocalDate day,
            @Nullable String reason) {
        InputRules rules = InputRules.check().required("status", next).required("date", day);
        if (next != null && !referral.getStatus().next().contains(next)) {
            rules.problem("status", "referral.status.not-allowed", new MessageKey(referral.getStatus().messageKey()),
                    new MessageKey(next.messageKey()));
        }
        LocalDate earliest = next == ReferralStatus.ENDED && referral.getStartedOn() != null
                ? referral.getStartedOn() : referral.getAdvisedOn();
        rules.that("date", day, d -> !d.isAfter(today()), "referral.date.future")
                .that("date", day, d -> !d.isBefore(earliest), "referral.date.too-early", earliest.toString());
        if (next == ReferralStatus.DECLINED) {
            rules.requiredText("reason", reason, ReferralRecord.REASON_MAX);
        }
        rules.throwIfInvalid();
    }

    /** The anonymous fact of the start: the case module answers the facts, no case number leaves. */
    private void started(ReferralRecord referral, LocalDate day) {
        SupportStartFacts facts = cases.supportStarted(referral.getCaseNumber(), day);
        boolean firstOfKind = !referrals.existsByCaseNumberAndOfferKindAndStartedOnIsNotNullAndIdNot(
                referral.getCaseNumber(), referral.getOfferKind(), referral.requireId());
        boolean firstLocal = referral.isLocalTeam() && !referrals
                .existsByCaseNumberAndLocalTeamIsTrueAndStartedOnIsNotNullAndIdNot(referral.getCaseNumber(),
                        referral.requireId());
        events.publishEvent(new ReferralStarted(day, facts.municipalityCode(), facts.type(), referral.getOfferKind(),
                facts.phase(), facts.daysSinceRegistration(), firstOfKind, firstLocal));
    }

    private record ChairedItem(AgendaItem item, Meeting meeting) {}

    private ChairedItem chairedItem(CurrentUser me, long itemId, String caseNumber) {
        AgendaItem item = items.existing(itemId);
        Meeting meeting = guard.forChair(me, item.getMeetingId());
        if (!item.getCaseNumber().equals(caseNumber)) {
            throw new InvalidInputException("case", "referral.other-case");
        }
        item.requireAccepted();
        return new ChairedItem(item, meeting);
    }

    /** Who may be named as referrer: the care team, and the chair recording it. */
    private static List<ReferralCase.Member> referrers(CurrentUser me, ReferralCase referralCase) {
        if (referralCase.careTeam().stream().anyMatch(m -> m.userId() == me.id())) {
            return referralCase.careTeam();
        }
        List<ReferralCase.Member> all = new ArrayList<>(referralCase.careTeam());
        all.add(new ReferralCase.Member(me.id(), me.displayName(), me.discipline()));
        return all;
    }

    private Referral map(ReferralRecord r) {
        boolean flagged = r.getStatus().open() && r.getAdvisedOn().plus(flagAfter).isBefore(today());
        return new Referral(r.requireId(), r.getVersion(), r.getCaseNumber(), r.getAgendaItemId(), r.getOfferId(),
                r.getOfferName(), r.getOfferKind(), r.getReferrerUserId(), r.getReferrerName(), r.getStatus(),
                r.getAdvisedOn(), r.getReferredOn(), r.getStartedOn(), r.getEndedOn(), r.getDeclinedOn(),
                r.getDeclinedReason(), flagged);
    }

    private LocalDate dateOf(Meeting meeting) {
        return meeting.getStartsAt().atZone(clock.getZone()).toLocalDate();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
