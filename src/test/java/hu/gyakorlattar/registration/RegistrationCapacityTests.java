package hu.gyakorlattar.registration;

import java.time.Clock;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferencesForRegistrationTests;
import hu.gyakorlattar.shared.ApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * When every registration place stays taken for longer than a registration may wait, the
 * form comes back filled in and the API answers 503 with Retry-After; nothing is stored,
 * and sending again once a place is free registers once.
 */
@ApplicationTest
class RegistrationCapacityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistrationCapacity capacity;

	@Autowired
	RegistrationProperties properties;

	@Autowired
	RegistrationRepository registrations;

	@Autowired
	ConferenceManagement conferences;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	@Test
	void aRegistrationThatFindsEveryPlaceTakenIsRefusedUnstoredAndGoesThroughWhenSentAgain() throws Exception {
		long id = this.transaction.execute((status) -> ConferencesForRegistrationTests
			.openForRegistration(this.conferences, this.clock, "Tolongás", 50));
		try (TakenPlaces taken = TakenPlaces.take(this.capacity, this.properties.concurrency())) {

			Document refused = Jsoup.parse(this.mvc.perform(form(id, "tolongo.urlap@example.hu"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "5"))
				.andReturn()
				.getResponse()
				.getContentAsString());
			assertThat(refused.selectFirst(".error-summary").text())
				.contains("Most egyszerre nagyon sokan jelentkeznek");
			assertThat(refused.getElementById("familyName").val()).isEqualTo("Tolongó");
			assertThat(refused.getElementById("email").val()).isEqualTo("tolongo.urlap@example.hu");
			this.mvc.perform(api(id, "tolongo.api@example.hu"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "5"))
				.andExpect(jsonPath("$.status").value(503));
			assertThat(this.registrations.existsByConferenceIdAndEmailKey(id, "tolongo.urlap@example.hu")).isFalse();
			assertThat(this.registrations.existsByConferenceIdAndEmailKey(id, "tolongo.api@example.hu")).isFalse();
		}

		this.mvc.perform(form(id, "tolongo.urlap@example.hu")).andExpect(status().is3xxRedirection());
		this.mvc.perform(api(id, "tolongo.api@example.hu")).andExpect(status().isAccepted());
		assertThat(this.registrations.existsByConferenceIdAndEmailKey(id, "tolongo.urlap@example.hu")).isTrue();
		assertThat(this.registrations.existsByConferenceIdAndEmailKey(id, "tolongo.api@example.hu")).isTrue();
	}

	private MockHttpServletRequestBuilder form(long id, String email) {
		return post("/esemenyek/{id}/regisztracio", id).with(csrf())
			.param("familyName", "Tolongó")
			.param("givenName", "Anna")
			.param("email", email)
			.param("post", "jegyző")
			.param("organisation", "Példa Egyesület")
			.param("privacyNoticeAccepted", "true");
	}

	private MockHttpServletRequestBuilder api(long id, String email) {
		return post("/api/conferences/{id}/registrations", id).contentType(MediaType.APPLICATION_JSON).content("""
				{"familyName": "Tolongó", "givenName": "Anna", "email": "%s", "post": "jegyző",
				 "organisation": "Példa Egyesület", "privacyNoticeAccepted": true}""".formatted(email));
	}

}
