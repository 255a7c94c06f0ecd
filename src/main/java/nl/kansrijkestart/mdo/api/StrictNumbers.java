package nl.kansrijkestart.mdo.api;

import java.util.regex.Pattern;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Path ids and numeric query parameters are plain decimal digits. Spring's own conversion decodes
 * {@code 0x1} and {@code #1} as hexadecimal and Java reads {@code +1} and Arabic-Indic digits
 * ({@code ١}) as numbers, so one record would answer under many addresses; here they are refused
 * with 400 like any other parameter of the wrong type.
 */
@Configuration(proxyBeanMethods = false)
class StrictNumbers implements WebMvcConfigurer {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Long.class, (Converter<String, Long>) text -> Long.valueOf(digits(text)));
        registry.addConverter(String.class, Integer.class,
                (Converter<String, Integer>) text -> Integer.valueOf(digits(text)));
    }

    private static String digits(String text) {
        if (!DIGITS.matcher(text).matches()) {
            throw new IllegalArgumentException("not a plain decimal number: " + text);
        }
        return text;
    }
}
