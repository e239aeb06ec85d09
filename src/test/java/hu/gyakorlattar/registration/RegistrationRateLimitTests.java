package hu.gyakorlattar.registration;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferencesForRegistrationTests;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Registrations are limited per e-mail address and per client address, on the form and
 * the API together; beyond the limit the visitor gets a friendly page or a problem
 * detail.
 */
@SpringBootTest(properties = { "gyakorlattar.registration.per-email-per-hour=2",
		"gyakorlattar.registration.per-address-per-minute=6" })
@AutoConfigureMockMvc
class RegistrationRateLimitTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConferenceManagement conferences;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	@Test
	void onePersonsMailboxIsNotFloodedAndOneAddressCannotFloodTheOffice() throws Exception {
		long id = this.transaction.execute((status) -> ConferencesForRegistrationTests
			.openForRegistration(this.conferences, this.clock, "Korlátozott", 50));
		for (int i = 0; i < 2; i++) {
			this.mvc.perform(form(id, "sokszor@example.hu", "10.0.0.1")).andExpect(status().is3xxRedirection());
		}
		this.mvc.perform(form(id, "sokszor@example.hu", "10.0.0.2"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Túl sok próbálkozás")));
		this.mvc.perform(post("/api/conferences/{id}/registrations", id).with(csrf()).with((request) -> {
			request.setRemoteAddr("10.0.0.3");
			return request;
		}).contentType(MediaType.APPLICATION_JSON).content("""
				{"familyName": "Sok", "givenName": "Szor", "email": "SOKSZOR@example.hu", "post": "jegyző",
				 "organisation": "Példa", "privacyNoticeAccepted": true}"""))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "60"))
			.andExpect(jsonPath("$.status").value(429));

		for (int i = 0; i < 4; i++) {
			this.mvc.perform(form(id, "masik" + i + "@example.hu", "10.0.0.1")).andExpect(status().is3xxRedirection());
		}
		this.mvc.perform(form(id, "utolso@example.hu", "10.0.0.1")).andExpect(status().isTooManyRequests());
		this.mvc.perform(form(id, "utolso@example.hu", "10.0.0.4")).andExpect(status().is3xxRedirection());
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder form(long id, String email,
			String address) {
		return post("/esemenyek/{id}/regisztracio", id).with(csrf()).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		})
			.param("familyName", "Sok")
			.param("givenName", "Szor")
			.param("email", email)
			.param("post", "jegyző")
			.param("organisation", "Példa Egyesület")
			.param("privacyNoticeAccepted", "true");
	}

}
