package nl.kansrijkestart.mdo.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Menu;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

class TranslationsTest {

    @Test
    void dutchAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Properties dutch = load("i18n/messages.properties");
        Properties english = load("i18n/messages_en.properties");
        assertThat(dutch.stringPropertyNames()).isNotEmpty();
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(dutch.stringPropertyNames());
    }

    @Test
    void everyMenuTitleIsATranslatedKey() throws Exception {
        Properties dutch = load("i18n/messages.properties");
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        for (BeanDefinition view : scanner.findCandidateComponents("nl.kansrijkestart.mdo")) {
            String key = Class.forName(view.getBeanClassName()).getAnnotation(Menu.class).title();
            assertThat(dutch).as("menu title of %s", view.getBeanClassName()).containsKey(key);
        }
    }

    @Test
    void dutchIsChosenForLanguagesWeDoNotOffer() {
        assertThat(Languages.supportedOrDefault(java.util.Locale.GERMAN)).isEqualTo(Languages.DUTCH);
        assertThat(Languages.supportedOrDefault(java.util.Locale.UK)).isEqualTo(Languages.ENGLISH);
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                TranslationsTest.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
