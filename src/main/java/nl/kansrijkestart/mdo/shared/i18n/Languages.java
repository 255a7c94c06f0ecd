package nl.kansrijkestart.mdo.shared.i18n;

import java.util.List;
import java.util.Locale;

/** The languages of the user interface. Dutch is the default: the users are Dutch professionals. */
public final class Languages {

    public static final Locale DUTCH = Locale.of("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(DUTCH, ENGLISH);

    private Languages() {}

    /** The supported language closest to {@code locale}, Dutch when none matches. */
    public static Locale supportedOrDefault(Locale locale) {
        return SUPPORTED.stream()
                .filter(supported -> supported.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(DUTCH);
    }
}
