package nl.kansrijkestart.mdo.meetings;

/**
 * How a series repeats: on the first same weekday of every month ("every first Tuesday"), or
 * every {@code intervalWeeks} weeks. {@code count} meetings in all, the first on the draft's date.
 */
public record Recurrence(Kind kind, int intervalWeeks, int count) {

    public static final int MAX_COUNT = 24;

    public enum Kind {
        FIRST_WEEKDAY_OF_MONTH,
        EVERY_N_WEEKS;

        public String messageKey() {
            return "meeting.recurrence." + name();
        }
    }

    public static Recurrence monthlyOnFirstWeekday(int count) {
        return new Recurrence(Kind.FIRST_WEEKDAY_OF_MONTH, 0, count);
    }

    public static Recurrence everyWeeks(int intervalWeeks, int count) {
        return new Recurrence(Kind.EVERY_N_WEEKS, intervalWeeks, count);
    }
}
