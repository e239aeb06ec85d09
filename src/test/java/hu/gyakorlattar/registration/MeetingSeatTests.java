package hu.gyakorlattar.registration;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferencesForRegistrationTests;
import hu.gyakorlattar.conference.MeetingSeat;
import hu.gyakorlattar.conference.ZoomStub;
import hu.gyakorlattar.shared.AdjustableClock;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A registrant's seat in a Zoom meeting comes after their place, from a job: a slow Zoom
 * never holds up a confirmation or a cancellation, a Zoom that never answers is left
 * after the read timeout, and one that was down is asked again until it answers. The jobs
 * are run by hand here (the poller waits an hour), with time standing still.
 */
// A context of its own for settings the code reads: the poller must not claim the jobs
// this test runs by hand, and the timeout must be shorter than the stub's silence.
@SpringBootTest(
		properties = { "gyakorlattar.registration.seat-poll-interval=PT1H", "gyakorlattar.zoom.read-timeout=PT5S" })
@Import(MeetingSeatTests.StoppedTime.class)
class MeetingSeatTests {

	static final ZoomStub zoom = new ZoomStub();

	@DynamicPropertySource
	static void zoomAccount(DynamicPropertyRegistry properties) {
		zoom.configure(properties);
	}

	@AfterAll
	static void stopZoom() {
		zoom.close();
	}

	@Autowired
	ConfirmingAndCancelling registrations;

	@Autowired
	Registering registering;

	@Autowired
	RegistrationRepository repository;

	@Autowired
	SeatJobRepository jobs;

	@Autowired
	MeetingSeatJobs seatJobs;

	@Autowired
	ConferenceManagement conferences;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	AdjustableClock clock;

	@Test
	void aRegistrantEnrolledWhileZoomWasDownGetsTheirOwnLinkOnceItIsBack() {
		long id = zoomConference("Zoom-kiesés");
		String onTime = confirmedRegistration(id, "idoben@example.hu");
		this.seatJobs.runDue();
		zoom.goDown(true);
		String duringOutage = confirmedRegistration(id, "kieses@example.hu");
		this.seatJobs.runDue();
		assertThat(seatOf(onTime).providerId()).isNotNull();
		assertThat(seatOf(duringOutage).providerId()).isNull();

		this.clock.advance(Duration.ofMinutes(1));
		this.seatJobs.runDue();
		assertThat(seatOf(duringOutage).providerId()).as("Zoom is still down").isNull();

		zoom.goDown(false);
		int registered = zoom.requestsTo("POST", "/v2/meetings/").size();
		this.clock.advance(Duration.ofMinutes(2));
		this.seatJobs.runDue();

		assertThat(seatOf(duringOutage).providerId()).isNotNull();
		assertThat(seatOf(duringOutage).joinUrl()).startsWith("https://zoom.example/w/");
		assertThat(this.conferences.entrance(id, seatOf(duringOutage))).isEqualTo(seatOf(duringOutage).joinUrl());
		assertThat(zoom.requestsTo("POST", "/v2/meetings/")).as("only the one missing registrant is enrolled")
			.hasSize(registered + 1);
	}

	@Test
	void confirmationsAndCancellationsGoOnWhileZoomHangsAndTheSeatComesOnceZoomAnswers() throws Exception {
		long id = zoomConference("Lassú Zoom");
		String leaving = confirmedRegistration(id, "tavozo@lassu.example.hu");
		this.seatJobs.runDue();
		zoom.hang();
		ExecutorService jobRunner = Executors.newSingleThreadExecutor();
		try {
			long started = System.nanoTime();
			String first = confirmedRegistration(id, "elso@lassu.example.hu");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the confirmation waits for no Zoom")
				.isLessThan(Duration.ofSeconds(3));
			Future<?> running = jobRunner.submit(this.seatJobs::runDue);
			await().atMost(Duration.ofSeconds(10)).until(() -> enrolmentsOf("elso@lassu.example.hu") == 1);

			started = System.nanoTime();
			String second = confirmedRegistration(id, "masodik@lassu.example.hu");
			this.transaction.executeWithoutResult((status) -> this.registrations.cancel(leaving));
			assertThat(Duration.ofNanos(System.nanoTime() - started))
				.as("another confirmation and a cancellation while Zoom hangs")
				.isLessThan(Duration.ofSeconds(3));
			assertThat(running).isNotDone();
			assertThat(seatOf(first).providerId()).isNull();

			zoom.answer();
			running.get(20, TimeUnit.SECONDS);
			assertThat(seatOf(first).joinUrl()).startsWith("https://zoom.example/w/");
			assertThat(seatOf(second).joinUrl()).startsWith("https://zoom.example/w/");
			assertThat(zoom.requestsTo("PUT", "/v2/meetings/")).as("the leaver's seat is taken back")
				.anySatisfy((request) -> assertThat(request.body().toString()).contains("tavozo@lassu.example.hu"));
		}
		finally {
			zoom.answer();
			jobRunner.shutdownNow();
		}
	}

	@Test
	void aZoomThatNeverAnswersIsLeftAfterTheReadTimeoutAndAskedAgainLater() {
		long id = zoomConference("Néma Zoom");
		zoom.hang();
		String token;
		try {
			token = confirmedRegistration(id, "nema@zoom.example.hu");
			long started = System.nanoTime();
			this.seatJobs.runDue();
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
		}
		finally {
			zoom.answer();
		}
		long registrationId = this.repository.findByPersonalToken(token).orElseThrow().getId();
		SeatJob job = this.jobs.findByRegistrationIdAndAction(registrationId, SeatJob.Action.ENROL).orElseThrow();
		assertThat(job.getAttempts()).isOne();
		assertThat(job.getDueAt()).isAfter(this.clock.instant());
		assertThat(seatOf(token).providerId()).isNull();

		this.clock.advance(Duration.ofMinutes(1));
		this.seatJobs.runDue();
		assertThat(seatOf(token).joinUrl()).startsWith("https://zoom.example/w/");
		assertThat(this.jobs.findByRegistrationId(registrationId)).isEmpty();
	}

	private long zoomConference(String title) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST);
		return this.transaction.execute((status) -> ConferencesForRegistrationTests.publishedOnZoom(this.conferences,
				title, today.plusDays(5), today.minusDays(1).atTime(9, 0)));
	}

	private long enrolmentsOf(String email) {
		return zoom.requestsTo("POST", "/v2/meetings/")
			.stream()
			.filter((request) -> request.body() != null && email.equals(request.body().path("email").asString()))
			.count();
	}

	private String confirmedRegistration(long conferenceId, String email) {
		this.transaction.executeWithoutResult(
				(status) -> this.registering.register(
						conferenceId, new RegistrationForm("", "Zoomos", "Zita", email, "jegyző", null,
								"Példa Egyesület", null, null, true, null, null, null),
						Locale.forLanguageTag("hu-HU")));
		String token = this.repository.findAll()
			.stream()
			.filter((r) -> r.getEmail().equals(email))
			.findFirst()
			.orElseThrow()
			.getPersonalToken();
		this.transaction.executeWithoutResult((status) -> this.registrations.confirm(token));
		return token;
	}

	private MeetingSeat seatOf(String token) {
		return this.repository.findByPersonalToken(token).orElseThrow().seat();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class StoppedTime {

		@Bean
		@Primary
		AdjustableClock adjustableClock() {
			return new AdjustableClock();
		}

	}

}
