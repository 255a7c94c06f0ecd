package nl.kansrijkestart.mdo.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * {@code mdo.security.password-hash-strength} sets BCrypt's log rounds of new hashes only: a stored
 * hash keeps being checked with the strength it was made with, and hashes of Spring Security's other
 * schemes still verify.
 */
class PasswordHashStrengthTest {

    private final SecurityConfiguration configuration = new SecurityConfiguration();

    @Test
    void newHashesGetTheConfiguredStrengthAndEveryStoredStrengthStillVerifies() {
        PasswordEncoder standard = configuration.passwordEncoder(10);
        PasswordEncoder stronger = configuration.passwordEncoder(12);

        String made = standard.encode("een goed wachtwoord");
        assertThat(made).startsWith("{bcrypt}$2a$10$");
        assertThat(stronger.encode("een goed wachtwoord")).startsWith("{bcrypt}$2a$12$");

        assertThat(stronger.matches("een goed wachtwoord", made)).isTrue();
        assertThat(stronger.matches("een ander wachtwoord", made)).isFalse();
        assertThat(standard.matches("een goed wachtwoord", "{bcrypt}" + new BCryptPasswordEncoder(4).encode("een goed wachtwoord")))
                .isTrue();
    }

    @Test
    void hashesOfSpringSecuritysOtherSchemesStillVerify() {
        String pbkdf2 = "{pbkdf2@SpringSecurity_v5_8}"
                + Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode("een goed wachtwoord");

        PasswordEncoder encoder = configuration.passwordEncoder(10);

        assertThat(encoder.matches("een goed wachtwoord", pbkdf2)).isTrue();
        assertThat(encoder.matches("een ander wachtwoord", pbkdf2)).isFalse();
        assertThat(encoder.upgradeEncoding(pbkdf2)).isTrue();
    }

    @Test
    void aStrengthBCryptDoesNotHaveStopsTheStart() {
        assertThatThrownBy(() -> configuration.passwordEncoder(3))
                .hasMessageContaining("mdo.security.password-hash-strength must be between 4 and 31");
        assertThatThrownBy(() -> configuration.passwordEncoder(32))
                .hasMessageContaining("mdo.security.password-hash-strength must be between 4 and 31");
    }
}
