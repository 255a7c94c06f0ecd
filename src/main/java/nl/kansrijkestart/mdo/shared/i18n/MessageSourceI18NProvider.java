package nl.kansrijkestart.mdo.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Serves Vaadin's {@code getTranslation} from the application's Spring message bundles
 * ({@code i18n/messages*.properties}), the same bundles services use for validation messages.
 */
@Component
class MessageSourceI18NProvider implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(MessageSourceI18NProvider.class);

    private final MessageSource messages;

    MessageSourceI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, Languages.supportedOrDefault(locale));
        } catch (NoSuchMessageException missing) {
            log.warn("No translation for key '{}' ({})", key, locale);
            return "!" + key + "!";
        }
    }
}
