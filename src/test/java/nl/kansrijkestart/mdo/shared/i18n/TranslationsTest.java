package nl.kansrijkestart.mdo.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Menu;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

    /**
     * No text is blank in either language: a blank label or button text would leave a control
     * without an accessible name. With the same keys in both bundles this is what lets the screens'
     * browser check run the axe-core rules in Dutch only (EveryScreenAccessibleTest).
     */
    @Test
    void noTextIsBlankInEitherLanguage() throws IOException {
        for (String bundle : List.of("i18n/messages.properties", "i18n/messages_en.properties")) {
            Properties texts = load(bundle);
            assertThat(texts.stringPropertyNames()).as(bundle)
                    .allSatisfy(key -> assertThat(texts.getProperty(key)).as(bundle + ": " + key).isNotBlank());
        }
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

    /**
     * Message keys written in the code where a text or a refusal is made: a key missing from the
     * bundles would show as a raw key on screen, and make the API's problem document fail.
     */
    @Test
    void everyMessageKeyTheCodeNamesIsInTheBundles() throws IOException {
        Properties dutch = load("i18n/messages.properties");
        Pattern namedKey = Pattern.compile("(?:getTranslation|FieldProblem|InvalidInputException|MeetingStateException"
                + "|\\.problem)\\(\\s*(?:\"[^\"]*\"\\s*,\\s*)?\"([a-z][\\w-]*(?:\\.[\\w-]+)+)\"");
        List<String> named = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                namedKey.matcher(Files.readString(source)).results().map(match -> match.group(1)).forEach(named::add);
            }
        }
        assertThat(named).hasSizeGreaterThan(100);
        assertThat(named).allSatisfy(key -> assertThat(dutch).containsKey(key));
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
