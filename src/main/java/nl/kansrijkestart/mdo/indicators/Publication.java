package nl.kansrijkestart.mdo.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.util.Optional;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a year of the indicators may be read, and from what, by the setting {@code
 * mdo.indicators.publication}.
 *
 * <p>{@code running} (the default): every year is read as it stands, the running year too, so a
 * coordinator sees this year's counts change as discussions and referrals are recorded. Two
 * answers on two days then differ by what was recorded in between: the risk of differencing over
 * days described in docs/architecture.md, "The running year".
 *
 * <p>{@code complete-years}: a year is published once, when it is complete: on {@link #DAY} of the next year, from what was recorded before that day. Until then
 * the year, its quarters and its months are not published ("nog niet gepubliceerd: de periode
 * loopt nog"); afterwards every answer about the year is read from that one edition, so the same
 * cell never has two values on two days. A discussion or fact recorded on or after the publication
 * day for an earlier year (a late record) is stored but never published: counting it would change
 * a published cell by exactly the late records, a small count the table hides.
 *
 * <p>Why not the running year by completed months: the current year's table changes as
 * discussions are recorded, and two versions give the day's or the month's additions away (a
 * municipality's count yesterday and today); each monthly edition would also need a suppression
 * pattern consistent with every earlier one. See docs/architecture.md, "The running year".
 */
@Component
class Publication {

    /** The day of the next year on which a year is published. */
    static final MonthDay DAY = MonthDay.of(Month.FEBRUARY, 1);
    /**
     * The hour of the publication day from which the year is read: a discussion recorded just
     * before midnight whose transaction commits just after it is then certainly in the edition.
     */
    static final LocalTime HOUR = LocalTime.of(1, 0);

    /** The two settings of {@code mdo.indicators.publication}. */
    enum Mode {
        /** Every year as it stands, the running year too. */
        RUNNING,
        /** A year once complete, on its publication day; the running year not at all. */
        COMPLETE_YEARS;

        static Mode of(String setting) {
            return switch (setting.trim().toLowerCase(Locale.ROOT)) {
                case "running" -> RUNNING;
                case "complete-years" -> COMPLETE_YEARS;
                default -> throw new IllegalStateException("mdo.indicators.publication is '" + setting
                        + "': it must be 'running' (the default) or 'complete-years'");
            };
        }
    }

    private final Clock clock;
    private final Mode configured;
    private volatile Mode mode;

    Publication(Clock clock, @Value("${mdo.indicators.publication:running}") String setting) {
        this.clock = clock;
        this.configured = Mode.of(setting);
        this.mode = configured;
    }

    /** The day on which {@code year} is published. */
    static LocalDate day(int year) {
        return DAY.atYear(year + 1);
    }

    /**
     * The edition of {@code year} readable now: the day before which a record must have been made
     * to count; empty while the year is not published yet.
     */
    Optional<LocalDate> recordedBefore(int year) {
        if (mode == Mode.RUNNING) {
            return Optional.of(LocalDate.now(clock).plusDays(1));
        }
        LocalDate day = day(year);
        return LocalDateTime.now(clock).isBefore(day.atTime(HOUR)) ? Optional.empty() : Optional.of(day);
    }

    boolean published(int year) {
        return recordedBefore(year).isPresent();
    }

    /** Whether only complete years are published, so a table carries which periods are not yet. */
    boolean completeYearsOnly() {
        return mode == Mode.COMPLETE_YEARS;
    }

    /** Switches the mode while the application runs: only for tests, which put it back with {@link #reset()}. */
    void use(Mode mode) {
        this.mode = mode;
    }

    /** Back to the mode of the setting. */
    void reset() {
        this.mode = configured;
    }
}
