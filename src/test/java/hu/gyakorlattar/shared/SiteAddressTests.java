package hu.gyakorlattar.shared;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every link the site sends out starts with its address, so a mistyped address refuses
 * the start instead of reaching the mailboxes.
 */
class SiteAddressTests {

	@Test
	void aTrailingSlashDoesNotDoubleTheSlashInLinks() {
		SiteAddress site = new SiteAddress("https://gyakorlattar.hu/");

		assertThat(site.baseUrl() + "/gyakorlatok").isEqualTo("https://gyakorlattar.hu/gyakorlatok");
	}

	@Test
	void anAddressOverHttpsMakesTheCookiesSecureAndNamesTheHost() {
		SiteAddress site = new SiteAddress("https://gyakorlattar.hu");

		assertThat(site.secure()).isTrue();
		assertThat(site.host()).isEqualTo("gyakorlattar.hu");
		assertThat(new SiteAddress("http://localhost:8080").secure()).isFalse();
	}

	@Test
	void withoutAnAddressConfiguredTheLinksFollowThePortTheSiteRunsOn() throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		// application.properties as Spring Boot reads it, without the tests' settings
		new PropertiesPropertySourceLoader().load("application", new ClassPathResource("application.properties"))
			.forEach(environment.getPropertySources()::addLast);

		assertThat(environment.getProperty("gyakorlattar.base-url")).isEqualTo("http://localhost:8080");
		environment.getPropertySources().addFirst(new MapPropertySource("arguments", Map.of("server.port", "18097")));
		assertThat(environment.getProperty("gyakorlattar.base-url")).isEqualTo("http://localhost:18097");
	}

	@Test
	void anAddressWithoutSchemeOrHostRefusesTheStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SiteAddress("gyakorlattar.hu"))
			.withMessageContaining("gyakorlattar.base-url");
		assertThatIllegalArgumentException().isThrownBy(() -> new SiteAddress("ftp://gyakorlattar.hu"));
		assertThatIllegalArgumentException().isThrownBy(() -> new SiteAddress("/gyakorlattar"));
	}

}
