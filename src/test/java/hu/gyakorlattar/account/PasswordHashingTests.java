package hu.gyakorlattar.account;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHashingTests {

	@Test
	void withoutASettingAPasswordIsHashedWithTenRounds() {
		PasswordEncoder passwords = passwordsHashedWith(Map.of());

		assertThat(passwords.encode("Hosszú-jelszó-2026")).startsWith("{bcrypt}$2a$10$");
	}

	@Test
	void aPasswordStoredAtAnotherCostStillSignsInAfterTheCostChanges() {
		String stored = passwordsHashedWith(Map.of()).encode("Hosszú-jelszó-2026");

		PasswordEncoder cheaper = passwordsHashedWith(Map.of("gyakorlattar.password-hashing.bcrypt-rounds", "4"));

		assertThat(cheaper.encode("Hosszú-jelszó-2026")).startsWith("{bcrypt}$2a$04$");
		assertThat(cheaper.matches("Hosszú-jelszó-2026", stored)).isTrue();
		assertThat(cheaper.matches("Hosszú-jelszó-2025", stored)).isFalse();
	}

	private static PasswordEncoder passwordsHashedWith(Map<String, String> settings) {
		PasswordHashing hashing = new Binder(new MapConfigurationPropertySource(settings))
			.bindOrCreate("gyakorlattar.password-hashing", PasswordHashing.class);
		return new SecurityConfiguration().passwordEncoder(hashing);
	}

}
