package hu.gyakorlattar.questions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.GyakorlattarApplication;
import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferencesForRegistrationTests;
import hu.gyakorlattar.registration.Participant;
import hu.gyakorlattar.registration.RegistrantsForQuestionsTests;
import hu.gyakorlattar.registration.RegistrationManagement;
import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app instances against one database, as behind a load balancer: a participant's page
 * follows the questions through instance B while the moderator approves on instance A,
 * and the change reaches the page within a second (PostgreSQL LISTEN/NOTIFY).
 */
@ApplicationTest
class LiveQuestionsAcrossInstancesTests {

	@Autowired
	HikariDataSource dataSource;

	@Autowired
	ConferenceManagement conferences;

	@Autowired
	Asking asking;

	@Autowired
	Moderating moderating;

	@Autowired
	RegistrationManagement registrations;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ApplicationContext context;

	@Autowired
	Clock clock;

	@Test
	void anApprovalOnOneInstanceReachesAPageOnTheOtherWithinASecond() throws Exception {
		// The day after tomorrow: with tomorrow, registration closes at 23.00 today, and
		// a run
		// after 23.00 Budapest time would set up a conference already closed.
		LocalDate day = LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST).plusDays(2);
		long conferenceId = this.transaction
			.execute((status) -> ConferencesForRegistrationTests.published(this.conferences, "Két példány", day, 100,
					day.minusDays(10).atTime(9, 0), day.minusDays(1).atTime(23, 0)));
		String token = RegistrantsForQuestionsTests.confirmed(this.context, conferenceId, "Lakatos", "Lenke");
		Participant participant = this.registrations.participant(token).orElseThrow();
		long questionId = this.asking.ask(participant, new QuestionForm(null, "Átér a másik példányra?", false));

		try (ConfigurableApplicationContext second = secondInstance()) {
			String base = "http://127.0.0.1:" + second.getEnvironment().getProperty("local.server.port");
			HttpClient http = HttpClient.newHttpClient();
			BlockingQueue<String> lines = new LinkedBlockingQueue<>();
			CompletableFuture<HttpResponse<Stream<String>>> stream = http
				.sendAsync(HttpRequest.newBuilder(URI.create(base + "/regisztraciom/" + token + "/kerdesek/frissites"))
					.header("Accept", "text/event-stream")
					.build(), HttpResponse.BodyHandlers.ofLines());
			HttpResponse<Stream<String>> response = stream.get(10, TimeUnit.SECONDS);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/event-stream"));
			Thread reader = new Thread(() -> response.body().forEach(lines::add));
			reader.setDaemon(true);
			reader.start();
			assertThat(lines.poll(10, TimeUnit.SECONDS)).isEqualTo(":connected");

			long started = System.nanoTime();
			this.moderating.approve(conferenceId, questionId);
			String event = null;
			while (event == null) {
				String line = lines.poll(Math.max(1, 1000 - elapsedMillis(started)), TimeUnit.MILLISECONDS);
				if (line == null) {
					break;
				}
				if (line.startsWith("event:")) {
					event = line;
				}
			}
			long took = elapsedMillis(started);
			assertThat(event).as("an event within a second (waited %d ms)", took).isEqualTo("event:questions");
			assertThat(took).isLessThan(1000);
			System.out
				.println("questions: approval on instance A reached an SSE client on instance B in " + took + " ms");

			// What the page then fetches from instance B shows the approved question.
			HttpResponse<String> list = http.send(
					HttpRequest.newBuilder(URI.create(base + "/regisztraciom/" + token + "/kerdesek/lista")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(list.body()).contains("Átér a másik példányra?").contains("Az Ön kérdése");
		}
	}

	private static long elapsedMillis(long started) {
		return Duration.ofNanos(System.nanoTime() - started).toMillis();
	}

	/**
	 * The same application on the same database, with its own web server. Command-line
	 * arguments, because they outrank the test configuration that would give it a
	 * database of its own.
	 */
	private ConfigurableApplicationContext secondInstance() {
		return new SpringApplicationBuilder(GyakorlattarApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + this.dataSource.getJdbcUrl(),
				"--spring.datasource.username=" + this.dataSource.getUsername(), "--gyakorlattar.demo-data=false");
	}

}
