package hu.gyakorlattar.security;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The configured public forms really are limited in the running application: after the
 * burst, sign-in, password reset and setting a password from a link answer 429 with
 * Retry-After, and the 429 page is the friendly one. Registration (form and API) is
 * covered by {@code RegistrationRateLimitTests}; the filter's counting by
 * {@code PublicFormRateLimitTests}.
 */
@SpringBootTest(properties = { "gyakorlattar.rate-limit.per-minute=3", "gyakorlattar.test.isolated=rate-limits" })
@AutoConfigureMockMvc
class PublicFormRateLimitIntegrationTests {

	private static final int BURST = 3;

	@Autowired
	MockMvc mvc;

	@Test
	void signInIsLimitedPerClient() throws Exception {
		expectLimited("10.1.0.1",
				() -> post("/belepes").with(csrf())
					.param("username", "admin@gyakorlattar.local")
					.param("password", "talalgatas"));
	}

	@Test
	void passwordResetIsLimitedPerClient() throws Exception {
		expectLimited("10.1.0.2", () -> post("/jelszo-emlekezteto").with(csrf()).param("email", "valaki@example.hu"));
	}

	@Test
	void settingAPasswordFromALinkIsLimitedPerClient() throws Exception {
		expectLimited("10.1.0.3",
				() -> post("/jelszo-beallitas/talalgatott-token").with(csrf())
					.param("password", "uj-jelszo-123456")
					.param("passwordAgain", "uj-jelszo-123456"));
	}

	@Test
	void theTooManyPageIsFriendly() throws Exception {
		String page = this.mvc
			.perform(get("/error").accept(org.springframework.http.MediaType.TEXT_HTML)
				.requestAttr("jakarta.servlet.error.status_code", 429))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Túl sok");
	}

	private void expectLimited(String client, RequestFactory request) throws Exception {
		for (int i = 0; i < BURST; i++) {
			int status = this.mvc.perform(request.build().with(from(client))).andReturn().getResponse().getStatus();
			assertThat(status).as("attempt %d within the burst", i + 1).isNotEqualTo(429).isLessThan(500);
		}
		this.mvc.perform(request.build().with(from(client)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "60"));
		int other = this.mvc.perform(request.build().with(from(client + "0"))).andReturn().getResponse().getStatus();
		assertThat(other).as("another client is not affected").isNotEqualTo(429);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	interface RequestFactory {

		MockHttpServletRequestBuilder build();

	}

}
