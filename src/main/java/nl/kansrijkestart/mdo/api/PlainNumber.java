package nl.kansrijkestart.mdo.api;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.WebDataBinder;

/**
 * Path ids and numeric query parameters are plain decimal digits. Spring's default number editor
 * decodes {@code 0x1} and {@code #1} as hexadecimal, and Java reads {@code +1} and Arabic-Indic
 * digits ({@code ١}) as numbers, so one record would answer under many addresses; here they are
 * refused (400, like any other parameter of the wrong type). A registered editor is needed, not a
 * converter: when a converter fails, Spring falls back to its lenient default editor.
 */
final class PlainNumber extends PropertyEditorSupport {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

    private final Function<String, Number> parse;

    private PlainNumber(Function<String, Number> parse) {
        this.parse = parse;
    }

    static void registerWith(WebDataBinder binder) {
        binder.registerCustomEditor(long.class, new PlainNumber(Long::valueOf));
        binder.registerCustomEditor(Long.class, new PlainNumber(Long::valueOf));
        binder.registerCustomEditor(int.class, new PlainNumber(Integer::valueOf));
        binder.registerCustomEditor(Integer.class, new PlainNumber(Integer::valueOf));
    }

    @Override
    public void setAsText(@Nullable String text) {
        if (text == null || !DIGITS.matcher(text).matches()) {
            throw new IllegalArgumentException("not a plain decimal number: " + text);
        }
        setValue(parse.apply(text));
    }
}
