package nl.kansrijkestart.mdo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyDepth;
import org.springframework.modulith.core.NamedInterface;

class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(MdoApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        MODULES.verify();
    }

    /**
     * The case methods that act on behalf of a chair form the named interface cases::meeting-access;
     * only the modules that declare it in their allowed dependencies use it, and those are these two.
     */
    @Test
    void onlyMeetingsAndIndicatorsReachTheCaseMethodsCalledOnBehalfOfAChair() {
        NamedInterface meetingAccess = MODULES.getModuleByName("cases").orElseThrow().getNamedInterfaces()
                .getByName("meeting-access").orElseThrow();
        List<String> users = MODULES.stream()
                .filter(module -> module.getDependencies(MODULES, DependencyDepth.IMMEDIATE).stream()
                        .anyMatch(dependency -> meetingAccess.contains(dependency.getTargetType())))
                .map(ApplicationModule::getIdentifier).map(Object::toString).toList();
        assertThat(users).containsExactlyInAnyOrder("meetings", "indicators");
    }
}
