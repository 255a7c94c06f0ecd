package nl.kansrijkestart.mdo.testing;

import org.opentest4j.TestAbortedException;

/**
 * What a test run does when something a test needs from the machine is missing (a Keycloak
 * distribution, Chromium): fail on CI (CI=true) or with MDO_TEST_KEYCLOAK=required, so that CI
 * can never pass by skipping; skip with a clear message on a developer machine.
 */
final class Prerequisites {

    private Prerequisites() {}

    static RuntimeException missing(String message) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))
                || "required".equalsIgnoreCase(System.getenv("MDO_TEST_KEYCLOAK"))) {
            return new IllegalStateException(message);
        }
        System.err.println("WARNING: skipping the Keycloak tests. " + message);
        return new TestAbortedException("Skipped: " + message);
    }
}
