package nl.kansrijkestart.mdo.indicators;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first or last period of a requested range: a year ("2025"), a quarter ("2025-Q2") or a
 * month ("2025-03").
 *
 * @param part the quarter (1–4) or month (1–12); 0 for a year
 */
public record PeriodBound(int year, Period unit, int part) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?");

    public static PeriodBound year(int year) {
        return new PeriodBound(year, Period.YEAR, 0);
    }

    public static PeriodBound quarter(int year, int quarter) {
        return new PeriodBound(year, Period.QUARTER, quarter);
    }

    public static PeriodBound month(int year, int month) {
        return new PeriodBound(year, Period.MONTH, month);
    }

    /** "2025", "2025-Q2" or "2025-03"; empty for anything else. */
    public static Optional<PeriodBound> parse(String text) {
        Matcher form = FORM.matcher(text.strip());
        if (!form.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(form.group(1));
        if (form.group(2) != null) {
            return Optional.of(quarter(year, Integer.parseInt(form.group(2))));
        }
        return Optional.of(form.group(3) == null ? year(year) : month(year, Integer.parseInt(form.group(3))));
    }

    public YearMonth firstMonth() {
        return switch (unit) {
            case YEAR -> YearMonth.of(year, 1);
            case QUARTER -> YearMonth.of(year, 3 * part - 2);
            case MONTH -> YearMonth.of(year, part);
        };
    }

    public YearMonth lastMonth() {
        return switch (unit) {
            case YEAR -> YearMonth.of(year, 12);
            case QUARTER -> YearMonth.of(year, 3 * part);
            case MONTH -> YearMonth.of(year, part);
        };
    }

    /** As the feed labels periods: "2025", "2025-Q2", "2025-03". */
    public String label() {
        return switch (unit) {
            case YEAR -> String.valueOf(year);
            case QUARTER -> year + "-Q" + part;
            case MONTH -> year + "-" + (part < 10 ? "0" : "") + part;
        };
    }
}
