package hu.gyakorlattar.programme;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.shared.ApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The privacy notice tells registrants what the registration module really does: what it
 * collects, why, who sees it, for how long (the configured retention) and which version
 * they acknowledge (the configured version), in Hungarian and in English. The tests'
 * configuration sets both to other than their defaults.
 */
@ApplicationTest
class PrivacyNoticeTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theNoticeDescribesTheRegistrationDataWithTheConfiguredVersionAndRetention() throws Exception {
		String page = page("/adatkezeles");
		assertThat(page).contains("Verzió: 2026-11.", "Regisztráció az online konferenciákra", "vezetéknév és utónév",
				"e-mail-cím", "beosztás", "telefonszám", "az előadóknak szóló kérdés", "nyilvános résztvevői lista",
				"GDPR 6. cikk (1) a) pont", "Zoom Video Communications", "adatfeldolgozó",
				"a konferencia vége után 400 napig", "statisztikához", "személyes oldalára",
				"A regisztrációkor tudomásul vett tájékoztató verziója: 2026-11.");
		assertThat(page).doesNotContain("Harmadik országba adatot nem továbbítunk");
	}

	@Test
	void inEnglishToo() throws Exception {
		String page = page("/adatkezeles?lang=en");
		assertThat(page).contains("Version 2026-11,", "Registering for the online conferences",
				"The programme office&#39;s administrators", "for 400 days after the conference ends",
				"the registration&#39;s status", "Zoom Video Communications",
				"Version of the notice acknowledged at registration: 2026-11.");
		assertThat(page).doesNotContain("&#39;&#39;");
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
