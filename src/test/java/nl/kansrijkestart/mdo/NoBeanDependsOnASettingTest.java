package nl.kansrijkestart.mdo;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.util.ClassUtils;

/**
 * The Spring AOT code of the fast start is made once, when the jar is built, and holds the beans as
 * the build's settings chose them. So no bean of the application may depend on a setting of the
 * start (a condition on a property, the database, a class): each such choice is made at run time
 * inside a bean instead (DemoDataLock, RelayEnabled, ExitWhenReady, ...). Only profiles choose beans,
 * and with a profile active the application starts without the AOT code (SpringAotChoice).
 */
class NoBeanDependsOnASettingTest {

    @Test
    void onlyProfilesChooseTheApplicationsBeans() throws Exception {
        // Every class, also those whose conditions do not match here (a scanner skips those by itself).
        ClassPathScanningCandidateComponentProvider everything = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(MetadataReader reader) {
                return true;
            }
        };
        List<String> conditional = new ArrayList<>();
        for (BeanDefinition found : everything.findCandidateComponents(MdoApplication.class.getPackageName())) {
            Class<?> type = ClassUtils.forName(found.getBeanClassName(), getClass().getClassLoader());
            if (type.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes")) {
                continue; // the tests' own classes (this one's examples below among them)
            }
            Stream.concat(Stream.of(type), Stream.of(type.getDeclaredMethods()))
                    .filter(NoBeanDependsOnASettingTest::hasAConditionOtherThanAProfile)
                    .forEach(element -> conditional.add(element.toString()));
        }
        assertThat(conditional).as("beans chosen by a condition other than a profile").isEmpty();
    }

    @Test
    void theCheckFindsAConditionOnASetting() throws Exception {
        assertThat(hasAConditionOtherThanAProfile(WithAPropertyCondition.class)).isTrue();
        assertThat(hasAConditionOtherThanAProfile(WithAProfile.class)).isFalse();
    }

    @org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty("some.setting")
    static class WithAPropertyCondition {}

    @Profile("keycloak")
    static class WithAProfile {}

    private static boolean hasAConditionOtherThanAProfile(AnnotatedElement element) {
        return MergedAnnotations.from(element, MergedAnnotations.SearchStrategy.DIRECT).stream(Conditional.class)
                .map(MergedAnnotation::getRoot)
                .anyMatch(root -> !root.getType().equals(Profile.class));
    }
}
