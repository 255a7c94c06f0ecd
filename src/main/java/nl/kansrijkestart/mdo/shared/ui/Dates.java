package nl.kansrijkestart.mdo.shared.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates on screen as people write them ("1 mei 2027"), never as the database stores them. */
public final class Dates {

    private Dates() {}

    public static String written(Locale locale, LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }
}
