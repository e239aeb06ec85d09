package hu.gyakorlattar.shared;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferencesForRegistrationTests;
import hu.gyakorlattar.registration.QuestionAskedAtRegistration;
import hu.gyakorlattar.registration.RegistrantQuestions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event handed between modules survives a crash: a publication left incomplete is
 * handed to its listener again, and the listener does its work once. The listener here is
 * the questions module's, which takes the question written on the registration form.
 */
@ApplicationTest
class EventPublicationsTests {

	@Autowired
	EventPublications publications;

	@Autowired
	EventPublicationRegistry registry;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConferenceManagement conferences;

	@Autowired
	RegistrantQuestions questions;

	@Test
	void aPublicationLeftIncompleteByACrashIsHandledOnceWhenResubmitted() {
		long conference = conference("Újraküldött esemény");
		long registration = unusedRegistrationId();
		QuestionAskedAtRegistration asked = new QuestionAskedAtRegistration(registration, conference,
				new PersonName("", "Kovács", "Anna"), "Mikor kezdődik a második előadás?",
				Instant.now().truncatedTo(ChronoUnit.MICROS));

		// Handled normally, then the instance "dies" before recording the completion:
		// the question is stored, the publication is still incomplete.
		this.transaction.executeWithoutResult((status) -> this.events.publishEvent(asked));
		await().atMost(Duration.ofSeconds(10)).until(() -> completed(registration));
		assertThat(asked(registration)).containsExactly("Mikor kezdődik a második előadás?");
		this.jdbc
			.sql("update event_publication set completion_date = null, status = 'PROCESSING', "
					+ "publication_date = now() - interval '10 minutes' where serialized_event like :event")
			.param("event", "%\"registrationId\":" + registration + ",%")
			.update();

		this.publications.resubmitIncomplete();

		await().atMost(Duration.ofSeconds(10)).until(() -> completed(registration));
		assertThat(asked(registration)).as("handled once").containsExactly("Mikor kezdődik a második előadás?");
	}

	@Test
	void aPublicationNeverHandledIsHandedToItsListenerOnceOldEnough() {
		long conference = conference("Elakadt esemény");
		long registration = unusedRegistrationId();
		QuestionAskedAtRegistration asked = new QuestionAskedAtRegistration(registration, conference,
				new PersonName("", "Szabó", "Béla"), "Lesz felvétel?", Instant.now().truncatedTo(ChronoUnit.MICROS));
		// Stored as the publishing transaction stores it, but the instance died before
		// its listener ran.
		this.transaction.executeWithoutResult(
				(status) -> this.registry.store(asked, Stream.of(PublicationTargetIdentifier.of(questionsListener()))));

		this.publications.resubmitIncomplete();
		assertThat(statusOf(registration)).as("too recent: possibly still in another instance's hands")
			.isEqualTo("PUBLISHED");

		this.jdbc
			.sql("update event_publication set publication_date = now() - interval '10 minutes' "
					+ "where serialized_event like :event")
			.param("event", "%\"registrationId\":" + registration + ",%")
			.update();
		this.publications.resubmitIncomplete();
		await().atMost(Duration.ofSeconds(10)).until(() -> completed(registration));
		this.publications.resubmitIncomplete();

		assertThat(asked(registration)).containsExactly("Lesz felvétel?");
	}

	@Test
	void completedPublicationsAreDeletedAfterTheirRetention() {
		long conference = conference("Régi esemény");
		long registration = unusedRegistrationId();
		this.transaction.executeWithoutResult((status) -> this.events
			.publishEvent(new QuestionAskedAtRegistration(registration, conference, new PersonName("", "Tóth", "Éva"),
					"Hol lesz a prezentáció?", Instant.now().truncatedTo(ChronoUnit.MICROS))));
		await().atMost(Duration.ofSeconds(10)).until(() -> completed(registration));

		this.publications.deleteCompleted();
		assertThat(publicationsOf(registration)).as("within the retention").isEqualTo(1);

		this.jdbc
			.sql("update event_publication set completion_date = now() - interval '8 days' "
					+ "where serialized_event like :event")
			.param("event", "%\"registrationId\":" + registration + ",%")
			.update();
		this.publications.deleteCompleted();
		assertThat(publicationsOf(registration)).isZero();
	}

	private long conference(String title) {
		LocalDate day = LocalDate.now(HungarianFormats.BUDAPEST).plusDays(20);
		return this.transaction.execute((status) -> ConferencesForRegistrationTests.published(this.conferences,
				title + " " + ThreadLocalRandom.current().nextInt(1_000_000), day, 100, day.minusDays(10).atTime(9, 0),
				day.minusDays(1).atTime(23, 0)));
	}

	/**
	 * No registration has it: the questions module keeps the id without a foreign key.
	 */
	private static long unusedRegistrationId() {
		return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
	}

	private List<String> asked(long registration) {
		return this.questions.askedBy(List.of(registration)).getOrDefault(registration, List.of());
	}

	private boolean completed(long registration) {
		Map<String, Object> row = this.jdbc
			.sql("select count(*) as total, count(completion_date) as done from event_publication "
					+ "where serialized_event like :event")
			.param("event", "%\"registrationId\":" + registration + ",%")
			.query()
			.singleRow();
		return ((Number) row.get("total")).longValue() > 0 && row.get("total").equals(row.get("done"));
	}

	private long publicationsOf(long registration) {
		return this.jdbc.sql("select count(*) from event_publication where serialized_event like :event")
			.param("event", "%\"registrationId\":" + registration + ",%")
			.query(Long.class)
			.single();
	}

	private String statusOf(long registration) {
		return this.jdbc.sql("select status from event_publication where serialized_event like :event")
			.param("event", "%\"registrationId\":" + registration + ",%")
			.query(String.class)
			.single();
	}

	/** The questions module's listener, as the registry names it. */
	private String questionsListener() {
		return this.jdbc
			.sql("select listener_id from event_publication where event_type = :type and listener_id like :listener "
					+ "limit 1")
			.param("type", QuestionAskedAtRegistration.class.getName())
			.param("listener", "%questions.Asking.askedAtRegistration%")
			.query(String.class)
			.optional()
			.orElse("hu.gyakorlattar.questions.Asking.askedAtRegistration("
					+ QuestionAskedAtRegistration.class.getName() + ")");
	}

}
