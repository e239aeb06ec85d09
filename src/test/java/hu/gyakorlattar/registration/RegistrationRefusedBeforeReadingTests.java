package hu.gyakorlattar.registration;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
				.andExpect(jsonPath("$.status").value(503));
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
