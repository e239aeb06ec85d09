package hu.gyakorlattar.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
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
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "gyakorlattar.rate-limit.per-minute=3", "server.forward-headers-strategy=native",
				"server.tomcat.remoteip.internal-proxies=192\\.0\\.2\\.1" })
@AutoConfigureMockMvc
class PublicFormRateLimitIntegrationTests {

	private static final int BURST = 3;

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Test
	void signInIsLimitedPerClient() throws Exception {
		expectLimited("10.1.0.1",
				() -> post("/belepes").with(csrf())
					.param("username", "admin@gyakorlattar.local")
					.param("password", "talalgatas"));
	}

	@Test
	void signInAtAnEncodedAddressIsCountedToo() throws Exception {
		expectLimited("10.1.0.4",
				() -> post(URI.create("/%62elepes")).with(csrf())
					.param("username", "admin@gyakorlattar.local")
					.param("password", "talalgatas"));
	}

	/**
	 * Over real HTTP through Tomcat: this client is not one of the configured proxies, so
	 * its X-Forwarded-For is ignored and cannot give it a fresh allowance per request.
	 */
	@Test
	void aClientCannotChooseItsOwnRateLimitKeyWithForwardedFor() throws Exception {
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		List<Integer> statuses = new ArrayList<>();
		for (int i = 1; i <= BURST + 1; i++) {
			HttpRequest signIn = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/belepes"))
				.header("X-Forwarded-For", "203.0.113." + i)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=admin%40gyakorlattar.local&password=talalgatas"))
				.build();
			statuses.add(client.send(signIn, HttpResponse.BodyHandlers.discarding()).statusCode());
		}
		assertThat(statuses.subList(0, BURST)).doesNotContain(429);
		assertThat(statuses.get(BURST)).isEqualTo(429);
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
