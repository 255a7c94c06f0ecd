package nl.kansrijkestart.mdo.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.CaseDraft;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.cases.ConsentDraft;
import nl.kansrijkestart.mdo.cases.ConsentForm;
import nl.kansrijkestart.mdo.cases.ConsentGiver;
import nl.kansrijkestart.mdo.cases.Factor;
import nl.kansrijkestart.mdo.cases.LegalBasis;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.shared.InvalidInputException;

/** Valid drafts to start a meeting test from; each test changes what it is about. */
public final class MeetingFixtures {

    private MeetingFixtures() {}

    /**
     * An MDO at 13:00 on {@code date}; on {@link #today()} at {@link #LATE_TODAY}, so that it is not
     * in the past when a test plans it at any hour.
     */
    public static MeetingDraft mdoInArnhem(LocalDate date, Set<Long> participants) {
        return new MeetingDraft(MeetingType.MDO_VULNERABLE_PREGNANCY, date,
                date.equals(today()) ? LATE_TODAY : LocalTime.of(13, 0), 90,
                "Stadskantoor Arnhem", "https://meet.example.nl/mdo", "GM0202", null, participants);
    }

    /**
     * The day of a meeting a test starts: a meeting starts on its planned day, never before it
     * (tests run in the application's time zone, so this is the application's today).
     */
    public static LocalDate today() {
        return LocalDate.now();
    }

    /** The start time of a meeting planned for today: only in the day's last minute is it in the past. */
    public static final LocalTime LATE_TODAY = LocalTime.of(23, 59);

    public static CaseDraft pregnancy(String initials) {
        return new CaseDraft(CaseType.PREGNANCY, false, initials, LocalDate.now().getYear() - 25,
                LocalDate.now().plusMonths(4), null, "GM0202", null, "Zorgen over huisvesting.",
                Set.of(Factor.FINANCIAL_PROBLEMS));
    }

    public static CaseDraft anonymousCase() {
        return new CaseDraft(CaseType.FAMILY, true, null, null, null, null, "GM0275", null,
                "Gezin dat zorg mijdt; wie neemt regie?", Set.of(Factor.AVOIDING_CARE));
    }

    public static ConsentDraft consentFor(Discipline... disciplines) {
        return new ConsentDraft(LegalBasis.CONSENT, LocalDate.now(), ConsentForm.WRITTEN, ConsentGiver.CLIENT,
                true, true, true, Set.of(disciplines), null, null);
    }

    public static long idOf(CurrentUserService users, String username) {
        return users.enabledProfessionals(username, 5).stream().filter(u -> u.username().equals(username))
                .findFirst().orElseThrow().id();
    }

    public static List<String> keys(InvalidInputException refused) {
        return refused.problems().stream().map(InvalidInputException.FieldProblem::messageKey).toList();
    }
}
