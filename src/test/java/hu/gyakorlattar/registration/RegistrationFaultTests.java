package hu.gyakorlattar.registration;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import hu.gyakorlattar.GyakorlattarApplication;
import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferencesForRegistrationTests;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.FreePorts;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registration bursts through the public API when things go wrong underneath: the
 * database restarts in the middle of one, and two instances share one database. The
 * application runs here on a PostgreSQL of this class's own (not the test JVM's shared
 * one, which other test classes are using), on a fixed port and data directory so that it
 * can be stopped and started again under the application's feet.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationFaultTests {

	private static final int CLIENTS = 8;

	Path dataDirectory;

	final int port = FreePorts.any();

	EmbeddedPostgres database;

	ConfigurableApplicationContext first;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@BeforeAll
	void startDatabaseAndApplication() throws IOException {
		this.dataDirectory = Files.createTempDirectory("registration-faults");
		this.database = startDatabase();
		this.first = instance(true);
	}

	@AfterAll
	void stopAll() throws IOException {
		if (this.first != null) {
			this.first.close();
		}
		if (this.database != null) {
			this.database.close();
		}
		FileSystemUtils.deleteRecursively(this.dataDirectory);
	}

	@Test
	void aDatabaseRestartDuringABurstLeavesEveryRequestStoredOrToldToRetryAndNothingStoredTwice() throws Exception {
		long conference = conference("Adatbázis-újraindítás");
		List<String> emails = emails("ujrainditas", 400);
		Map<String, HttpResponse<String>> answers = new ConcurrentHashMap<>();
		AtomicInteger answered = new AtomicInteger();

		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		List<Future<?>> sent = new ArrayList<>();
		for (String email : emails) {
			sent.add(clients.submit(() -> {
				answers.put(email, register(this.first, conference, email));
				answered.incrementAndGet();
				return null;
			}));
		}
		while (answered.get() < 60) {
			Thread.sleep(10);
		}
		this.database.close();
		// Longer than the instance's 2 s wait for a connection, so some requests must
		// give up with a 503 instead of all waiting out the restart.
		Thread.sleep(3000);
		this.database = startDatabase();
		for (Future<?> request : sent) {
			request.get(60, TimeUnit.SECONDS);
		}
		clients.shutdown();

		Map<Integer, List<String>> byStatus = answers.entrySet()
			.stream()
			.collect(Collectors.groupingBy((answer) -> answer.getValue().statusCode(),
					Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
		assertThat(byStatus.keySet()).as("every answer is accepted or asks to retry").isSubsetOf(202, 503);
		assertThat(byStatus.get(503)).as("the restart was felt").isNotEmpty();
		for (String email : byStatus.get(503)) {
			HttpResponse<String> answer = answers.get(email);
			// 30 s when the database did not answer, 5 s when every registration place
			// stayed taken meanwhile (RegistrationCapacity).
			assertThat(answer.headers().firstValue("Retry-After")).hasValueSatisfying((seconds) -> assertThat(seconds)
				.isIn(Long.toString(RegistrationCapacity.RETRY_AFTER.toSeconds()), "30"));
			assertThat(answer.body()).contains("\"status\":503", "küldje el újra");
		}
		assertThat(stored(conference)).as("every accepted registration is stored")
			.containsAll(byStatus.getOrDefault(202, List.of()));

		// The application recovered without a restart: the users who were told to retry
		// do.
		for (String email : byStatus.get(503)) {
			assertThat(register(this.first, conference, email).statusCode()).as(email).isEqualTo(202);
		}
		assertThat(stored(conference)).as("each registrant once").hasSize(emails.size()).containsAll(emails);
	}

	@Test
	void twoInstancesTakeABurstExactlyAsOneDoes() throws Exception {
		long alone = conference("Egy példány");
		long shared = conference("Két példány");
		List<String> emails = emails("peldany", 150);
		try (ConfigurableApplicationContext second = instance(false)) {
			// Every registrant sends their registration twice at once (a double click, a
			// retry): to one instance, and to both.
			Map<String, List<Integer>> one = burst(alone, emails, this.first, this.first);
			Map<String, List<Integer>> two = burst(shared, emails, this.first, second);

			assertThat(two).isEqualTo(one);
			assertThat(two.values()).allSatisfy((statuses) -> assertThat(statuses).containsExactly(202, 202));
			assertThat(stored(shared)).hasSize(emails.size()).containsExactlyInAnyOrderElementsOf(stored(alone));
			assertThat(confirmationRequests("Két példány")).isEqualTo(confirmationRequests("Egy példány"))
				.isEqualTo(2L * emails.size());
		}
	}

	/** Each address posted twice concurrently, once through each of the two instances. */
	Map<String, List<Integer>> burst(long conference, List<String> emails, ConfigurableApplicationContext a,
			ConfigurableApplicationContext b) throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		Map<String, List<Future<HttpResponse<String>>>> sent = new java.util.LinkedHashMap<>();
		for (String email : emails) {
			sent.put(email, List.of(clients.submit(() -> register(a, conference, email)),
					clients.submit(() -> register(b, conference, email))));
		}
		Map<String, List<Integer>> statuses = new java.util.LinkedHashMap<>();
		for (Map.Entry<String, List<Future<HttpResponse<String>>>> entry : sent.entrySet()) {
			List<Integer> codes = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : entry.getValue()) {
				codes.add(answer.get(60, TimeUnit.SECONDS).statusCode());
			}
			statuses.put(entry.getKey(), codes);
		}
		clients.shutdown();
		return statuses;
	}

	HttpResponse<String> register(ConfigurableApplicationContext instance, long conference, String email)
			throws IOException, InterruptedException {
		String port = instance.getEnvironment().getProperty("local.server.port");
		String body = """
				{"familyName":"Hibatűrő","givenName":"Hanna","email":"%s","post":"jegyző",
				 "organisation":"Példa Község Önkormányzata","privacyNoticeAccepted":true}""".formatted(email);
		return this.http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/conferences/" + conference + "/registrations"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("Accept-Language", "hu")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	List<String> stored(long conference) {
		return jdbc().queryForList("select email from registration where conference_id = ?", String.class, conference);
	}

	/** The mails asking to confirm a registration for the conference with this title. */
	long confirmationRequests(String title) {
		return jdbc().queryForObject("""
				select count(*) from mail_outbox where template = 'registration/confirmation-request'
				  and subject like ?""", Long.class, "%: " + title);
	}

	long conference(String title) {
		LocalDate today = LocalDate.now(HungarianFormats.BUDAPEST);
		LocalDate day = today.plusDays(10);
		return this.first.getBean(TransactionTemplate.class)
			.execute((status) -> ConferencesForRegistrationTests.published(
					this.first.getBean(ConferenceManagement.class), title, day, 1000, today.minusDays(1).atTime(9, 0),
					day.atTime(9, 0)));
	}

	JdbcTemplate jdbc() {
		return this.first.getBean(JdbcTemplate.class);
	}

	static List<String> emails(String prefix, int count) {
		List<String> emails = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			emails.add(prefix + i + "@example.hu");
		}
		return emails;
	}

	EmbeddedPostgres startDatabase() throws IOException {
		return EmbeddedPostgres.builder()
			.setPort(this.port)
			.setDataDirectory(this.dataDirectory)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.setServerConfig("timezone", "UTC")
			.start();
	}

	/**
	 * The application on this class's database, the first with the demo programme year
	 * (its conferences need a year). A connection is waited for 2 s at most (not Hikari's
	 * 30 s), so a request during the restart is answered within the test's time.
	 */
	ConfigurableApplicationContext instance(boolean demoData) {
		return new SpringApplicationBuilder(GyakorlattarApplication.class).run("--server.port=0",
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + this.port + "/postgres",
				"--spring.datasource.username=postgres", "--spring.datasource.hikari.connection-timeout=2000",
				"--gyakorlattar.demo-data=" + demoData, "--gyakorlattar.mail.poll-interval=PT1H");
	}

}
