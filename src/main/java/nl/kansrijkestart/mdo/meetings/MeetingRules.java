package nl.kansrijkestart.mdo.meetings;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.meetings.internal.Meeting;
import nl.kansrijkestart.mdo.meetings.internal.MeetingGuest;
import nl.kansrijkestart.mdo.reference.MunicipalityService;
import nl.kansrijkestart.mdo.reference.RegionService;
import nl.kansrijkestart.mdo.shared.InputRules;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The checks of a planned meeting and an invited guest; every problem is reported at once. */
@Component
class MeetingRules {

    static final int MIN_DURATION = 15;
    static final int MAX_DURATION = 480;
    static final int MAX_INTERVAL_WEEKS = 12;
    /** Further ahead than this a date is a typing error, not a plan. */
    static final int YEARS_AHEAD_MAX = 5;

    private final MunicipalityService municipalities;
    private final RegionService regions;
    private final CurrentUserService users;

    MeetingRules(MunicipalityService municipalities, RegionService regions, CurrentUserService users) {
        this.municipalities = municipalities;
        this.regions = regions;
        this.users = users;
    }

    void check(MeetingDraft draft, Instant now, ZoneId zone) {
        InputRules rules = InputRules.check()
                .required("type", draft.type())
                .required("date", draft.date())
                .required("startTime", draft.startTime())
                .required("duration", draft.durationMinutes())
                .that("duration", draft.durationMinutes(), m -> m >= MIN_DURATION && m <= MAX_DURATION,
                        "meeting.validation.duration", MIN_DURATION, MAX_DURATION)
                .optionalText("place", draft.place(), Meeting.PLACE_MAX)
                .optionalText("videoLink", draft.videoLink(), Meeting.VIDEO_LINK_MAX)
                .that("videoLink", InputRules.normalise(draft.videoLink()), MeetingRules::isHttpsUrl,
                        "meeting.validation.video-link");
        if (InputRules.normalise(draft.place()) == null && InputRules.normalise(draft.videoLink()) == null) {
            rules.problem("place", "meeting.validation.place-or-link");
        }
        if (draft.date() != null && draft.startTime() != null
                && ZonedDateTime.of(draft.date(), draft.startTime(), zone).toInstant().isBefore(now)) {
            rules.problem("date", "meeting.validation.in-past");
        }
        rules.that("date", draft.date(), date -> !date.isAfter(LocalDate.ofInstant(now, zone).plusYears(YEARS_AHEAD_MAX)),
                "meeting.validation.too-far", YEARS_AHEAD_MAX);
        checkArea(draft, rules);
        if (draft.participantIds().stream().anyMatch(id -> users.enabledUser(id).isEmpty())) {
            rules.problem("participants", "meeting.validation.participant-unknown");
        }
        rules.throwIfInvalid();
    }

    void check(Recurrence recurrence) {
        InputRules.check()
                .that("count", recurrence.count(), c -> c >= 1 && c <= Recurrence.MAX_COUNT,
                        "meeting.validation.series-count", Recurrence.MAX_COUNT)
                .that("interval", recurrence.intervalWeeks(),
                        weeks -> recurrence.kind() != Recurrence.Kind.EVERY_N_WEEKS
                                || weeks >= 1 && weeks <= MAX_INTERVAL_WEEKS,
                        "meeting.validation.interval", MAX_INTERVAL_WEEKS)
                .throwIfInvalid();
    }

    void check(GuestDraft guest) {
        InputRules.check()
                .requiredText("guestName", guest.name(), MeetingGuest.NAME_MAX)
                .requiredText("guestOrganisation", guest.organisation(), MeetingGuest.ORGANISATION_MAX)
                .required("guestDiscipline", guest.discipline())
                .throwIfInvalid();
    }

    /** A meeting is held for one municipality or one region, and it must be a known one. */
    private void checkArea(MeetingDraft draft, InputRules rules) {
        String municipality = InputRules.normalise(draft.municipalityCode());
        String region = InputRules.normalise(draft.regionCode());
        if ((municipality == null) == (region == null)) {
            rules.problem("municipality", "meeting.validation.area-required");
        } else if (municipality != null && municipalities.municipalities().stream()
                .noneMatch(m -> m.active() && m.code().equals(municipality.toUpperCase(Locale.ROOT)))) {
            rules.problem("municipality", "meeting.validation.municipality-unknown", municipality);
        } else if (region != null && regions.regions().stream().noneMatch(r -> r.code().equals(region))) {
            rules.problem("municipality", "meeting.validation.region-unknown", region);
        }
    }

    /** Video links are opened by every participant, so only https addresses with a host are accepted. */
    static boolean isHttpsUrl(@Nullable String link) {
        if (link == null) {
            return true;
        }
        try {
            URI uri = new URI(link);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (URISyntaxException malformed) {
            return false;
        }
    }
}
