package nl.kansrijkestart.mdo.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.meetings.MeetingSummary.Participant;
import nl.kansrijkestart.mdo.meetings.internal.Meeting;
import nl.kansrijkestart.mdo.meetings.internal.MeetingGuest;
import nl.kansrijkestart.mdo.meetings.internal.MeetingParticipant;
import nl.kansrijkestart.mdo.meetings.internal.MeetingRepository;
import nl.kansrijkestart.mdo.shared.InputRules;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planning meetings and inviting people. A chair plans meetings and changes only the ones they
 * chair; professionals see the meetings they are invited to.
 */
@Service
public class MeetingService {

    private final MeetingRepository meetings;
    private final MeetingRules rules;
    private final MeetingGuard guard;
    private final CurrentUserService currentUser;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, MeetingRules rules, MeetingGuard guard,
            CurrentUserService currentUser, Clock clock) {
        this.meetings = meetings;
        this.rules = rules;
        this.guard = guard;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A new meeting chaired by the signed-in chair. */
    @PreAuthorize("hasRole('CHAIR')")
    @Transactional
    public MeetingSummary plan(MeetingDraft draft) {
        return planSeries(draft, Recurrence.everyWeeks(1, 1)).getFirst();
    }

    /** All meetings of a series in one go, sharing a series id; the first on the draft's date. */
    @PreAuthorize("hasRole('CHAIR')")
    @Transactional
    public List<MeetingSummary> planSeries(MeetingDraft draft, Recurrence recurrence) {
        CurrentUser me = currentUser.require();
        rules.check(draft, clock.instant(), clock.getZone());
        rules.check(recurrence);
        String seriesId = recurrence.count() > 1 ? UUID.randomUUID().toString() : null;
        List<MeetingSummary> planned = new ArrayList<>();
        for (LocalDate date : dates(draft.date(), recurrence)) {
            Meeting meeting = meetings.save(newMeeting(draft, date, me, seriesId));
            planned.add(MeetingMapper.summary(meeting, me.id(), clock.getZone()));
        }
        meetings.flush();
        return planned;
    }

    @PreAuthorize("hasRole('CHAIR')")
    @Transactional
    public MeetingSummary invite(long meetingId, long expectedVersion, long userId) {
        CurrentUser me = currentUser.require();
        Meeting meeting = guard.forChange(me, meetingId, expectedVersion);
        CurrentUser invited = currentUser.enabledUser(userId)
                .orElseThrow(() -> new InvalidInputException("participants", "meeting.validation.participant-unknown"));
        meeting.getParticipants()
                .add(new MeetingParticipant(invited.id(), invited.displayName(), invited.discipline()));
        return saved(meeting, me);
    }

    @PreAuthorize("hasRole('CHAIR')")
    @Transactional
    public MeetingSummary inviteGuest(long meetingId, long expectedVersion, GuestDraft guest) {
        CurrentUser me = currentUser.require();
        Meeting meeting = guard.forChange(me, meetingId, expectedVersion);
        rules.check(guest);
        meeting.getGuests().add(new MeetingGuest(guest.name().strip(), guest.organisation().strip(),
                guest.discipline()));
        return saved(meeting, me);
    }

    /** The meetings the signed-in user chairs or is invited to, earliest first. */
    @PreAuthorize("hasAnyRole('PROFESSIONAL','CHAIR')")
    @Transactional(readOnly = true)
    public List<MeetingSummary> myMeetings() {
        CurrentUser me = currentUser.require();
        return meetings.findForUser(me.id()).stream()
                .map(meeting -> MeetingMapper.summary(meeting, me.id(), clock.getZone()))
                .toList();
    }

    /** One meeting, for its chair and invited users only; anyone else gets {@link MeetingNotFoundException}. */
    @PreAuthorize("hasAnyRole('PROFESSIONAL','CHAIR')")
    @Transactional(readOnly = true)
    public MeetingSummary open(long meetingId) {
        CurrentUser me = currentUser.require();
        return MeetingMapper.summary(guard.forParticipant(me, meetingId), me.id(), clock.getZone());
    }

    /** Enabled professionals a chair may invite, for the picker. */
    @PreAuthorize("hasRole('CHAIR')")
    @Transactional(readOnly = true)
    public List<Participant> candidates(String text) {
        return currentUser.enabledProfessionals(text, 50).stream()
                .map(user -> new Participant(user.id(), user.displayName(), user.discipline()))
                .toList();
    }

    /**
     * A page of the enabled professionals a chair may invite, by name, optionally of one discipline:
     * the same people as the picker of the planning screen, with their organisation.
     */
    @PreAuthorize("hasRole('CHAIR')")
    @Transactional(readOnly = true)
    public Page<Invitee> invitable(String text, @Nullable Discipline discipline, int page, int size) {
        return currentUser.enabledProfessionals(text, discipline, page, size)
                .map(user -> new Invitee(user.id(), user.displayName(), user.discipline(), user.organisationName()));
    }

    private Meeting newMeeting(MeetingDraft draft, LocalDate date, CurrentUser chair, @Nullable String seriesId) {
        Instant startsAt = ZonedDateTime.of(date, draft.startTime(), clock.getZone()).toInstant();
        String municipality = InputRules.normalise(draft.municipalityCode());
        Meeting meeting = new Meeting(draft.type(), startsAt, draft.durationMinutes(),
                InputRules.normalise(draft.place()), InputRules.normalise(draft.videoLink()),
                municipality == null ? null : municipality.toUpperCase(Locale.ROOT),
                InputRules.normalise(draft.regionCode()), chair.id(), chair.displayName(), seriesId, clock.instant());
        draft.participantIds().stream()
                .map(id -> currentUser.enabledUser(id).orElseThrow())
                .forEach(user -> meeting.getParticipants()
                        .add(new MeetingParticipant(user.id(), user.displayName(), user.discipline())));
        return meeting;
    }

    /** The dates of a series: the first as given, then by the rule. */
    static List<LocalDate> dates(LocalDate first, Recurrence recurrence) {
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < recurrence.count(); i++) {
            dates.add(i == 0 ? first : switch (recurrence.kind()) {
                case FIRST_WEEKDAY_OF_MONTH ->
                        first.plusMonths(i).with(TemporalAdjusters.firstInMonth(first.getDayOfWeek()));
                case EVERY_N_WEEKS -> first.plusWeeks((long) i * recurrence.intervalWeeks());
            });
        }
        return dates;
    }

    private MeetingSummary saved(Meeting meeting, CurrentUser me) {
        meeting.touch(me.displayName(), clock.instant());
        return MeetingMapper.summary(meetings.saveAndFlush(meeting), me.id(), clock.getZone());
    }
}
