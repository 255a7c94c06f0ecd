package nl.kansrijkestart.mdo.meetings.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** When the meeting relay runs: decided from the settings of each start, not when the jar was built. */
class RelayEnabledTest {

    @Test
    void byDefaultOnPostgresqlOnlyWhereASecondNodeCanShareTheDatabase() {
        assertThat(RelayEnabled.in(settings(null, "jdbc:postgresql://db:5432/mdo"))).isTrue();
        assertThat(RelayEnabled.in(settings("auto", "jdbc:postgresql://db:5432/mdo"))).isTrue();
        assertThat(RelayEnabled.in(settings(null, "jdbc:h2:file:./data/mdo;WRITE_DELAY=0"))).isFalse();
        assertThat(RelayEnabled.in(settings(" AUTO ", "jdbc:h2:file:./data/mdo"))).isFalse();
    }

    @Test
    void theSettingDecidesWhenItSaysSo() {
        assertThat(RelayEnabled.in(settings("false", "jdbc:postgresql://db:5432/mdo"))).isFalse();
        assertThat(RelayEnabled.in(settings("true", "jdbc:h2:file:./data/mdo"))).isTrue();
    }

    private static MockEnvironment settings(String relay, String url) {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", url);
        return relay == null ? environment : environment.withProperty("mdo.cluster.relay", relay);
    }
}
