package hu.gyakorlattar.shared;

import org.junit.jupiter.api.Test;

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
	void anAddressWithoutSchemeOrHostRefusesTheStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SiteAddress("gyakorlattar.hu"))
			.withMessageContaining("gyakorlattar.base-url");
		assertThatIllegalArgumentException().isThrownBy(() -> new SiteAddress("ftp://gyakorlattar.hu"));
		assertThatIllegalArgumentException().isThrownBy(() -> new SiteAddress("/gyakorlattar"));
	}

}
