package hu.gyakorlattar.registration;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferencesForRegistrationTests;
import hu.gyakorlattar.shared.ApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * While the registration queue is full, the API refuses a registration before reading its
 * body: the same 503 and Retry-After as any refusal, even for a body that could not have
 * been read, and nothing is stored. Once the queue has room the body is read again. One
 * place and one waiting registration make the queue full.
 */
@ApplicationTest(
		properties = { "gyakorlattar.registration.concurrency=1", "gyakorlattar.registration.queue-wait=PT30S" })
class RegistrationRefusedBeforeReadingTests {

	private static final Locale HU = Locale.forLanguageTag("hu");

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistrationCapacity capacity;

	@Autowired
	RegistrationRepository registrations;

	@Autowired
	ConferenceManagement conferences;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	@Autowired
	MessageSource messages;

	@Test
	void aFullQueueRefusesTheRegistrationBeforeItsBodyIsRead() throws Exception {
		long id = this.transaction.execute((status) -> ConferencesForRegistrationTests
			.openForRegistration(this.conferences, this.clock, "Teli sor", 50));
		try (TakenPlaces taken = TakenPlaces.take(this.capacity, 1)) {
			Future<String> waiting = taken.oneWaiting();
			await().atMost(Duration.ofSeconds(10)).until(this.capacity::queueFull);

			this.mvc.perform(api(id, "{\"familyName\": "))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "5"))
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(503))
				.andExpect(jsonPath("$.title").value(this.messages.getMessage("error.503", null, HU)))
				.andExpect(jsonPath("$.detail").value(this.messages.getMessage("registration.api.busy", null, HU)))
				.andExpect(jsonPath("$.instance").value("/api/conferences/" + id + "/registrations"))
				// Refused inside the security filters, so with the browser protections.
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().exists("Content-Security-Policy"));
			// In the language the visitor chose on the site (its cookie).
			this.mvc.perform(api(id, "{}").cookie(new Cookie("lang", "en")))
				.andExpect(status().isServiceUnavailable())
				.andExpect(jsonPath("$.detail")
					.value(this.messages.getMessage("registration.api.busy", null, Locale.ENGLISH)));
			this.mvc.perform(api(id, registration("teli.sor@example.hu")))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "5"));
			assertThat(this.registrations.existsByConferenceIdAndEmailKey(id, "teli.sor@example.hu")).isFalse();

			taken.free();
			assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo("waited");
		}

		this.mvc.perform(api(id, "{\"familyName\": ")).andExpect(status().isBadRequest());
		this.mvc.perform(api(id, registration("teli.sor@example.hu"))).andExpect(status().isAccepted());
		assertThat(this.registrations.existsByConferenceIdAndEmailKey(id, "teli.sor@example.hu")).isTrue();
	}

	private static MockHttpServletRequestBuilder api(long id, String body) {
		return post("/api/conferences/{id}/registrations", id).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static String registration(String email) {
		return """
				{"familyName": "Sorban", "givenName": "Álló", "email": "%s", "post": "jegyző",
				 "organisation": "Példa Egyesület", "privacyNoticeAccepted": true}""".formatted(email);
	}

}
