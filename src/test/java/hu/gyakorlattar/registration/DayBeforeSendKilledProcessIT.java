package hu.gyakorlattar.registration;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.shared.FreePorts;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged application, started as a process of its own on a fresh zero-setup
 * database, is killed with SIGKILL in the middle of the day-before send to an SMTP server
 * in this JVM, and started again on the same data directory: the new start stops the
 * PostgreSQL the killed one left behind, and every registrant ends up with the link once.
 * Runs in the integration-test phase, on the jar the package phase built
 * ({@code gyakorlattar.jar}).
 * <p>
 * The messages the killed sender had claimed but not recorded (its batch) stay claimed
 * for {@code OutboxSender.CLAIM} (2 minutes), so that a sender that is merely slow never
 * sends them twice; the test lets that time pass by ending the claims in the database.
 * The one in flight, if it had already reached the server, goes again under its own
 * Message-ID, which a receiving server recognises: that is the one re-send the outbox
 * allows.
 */
class DayBeforeSendKilledProcessIT {

	private static final int REGISTRANTS = 400;

	private static final String PREFIX = "sigkill";

	private static final Duration START_PATIENCE = Duration.ofSeconds(120);

	/** The two runs' logs, kept for a failure's post-mortem. */
	private static final Path LOGS = Path.of("target", "day-before-killed");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private Path work;

	private GreenMail smtp;

	private Process application;

	private int httpPort;

	@BeforeEach
	void smtpServerAndAnEmptyDataDirectory() throws IOException {
		this.work = Files.createTempDirectory("killed-process");
		Files.createDirectories(LOGS);
		this.smtp = new GreenMail(new ServerSetup(FreePorts.any(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.smtp.start();
		this.httpPort = FreePorts.any();
	}

	@AfterEach
	void stopEverything() throws Exception {
		if (this.application != null && this.application.isAlive()) {
			this.application.destroy();
			if (!this.application.waitFor(30, TimeUnit.SECONDS)) {
				this.application.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		// Whatever PostgreSQL is left on the test's directory goes with it.
		postmaster().ifPresent(ProcessHandle::destroyForcibly);
		this.smtp.stop();
		FileSystemUtils.deleteRecursively(this.work);
	}

	@Test
	void killedInTheMiddleOfTheDayBeforeSendTheRestartSendsEachRegistrantTheirLinkOnce() throws Exception {
		this.application = start("first");
		long firstReady = awaitReady(this.application);
		registrantsWhoseLinkIsDue();

		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> links() >= 100);
		this.application.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		int beforeKill = links();
		assertThat(beforeKill).as("killed in the middle of the send").isBetween(1, REGISTRANTS - 1);
		ProcessHandle leftover = postmaster().orElseThrow();
		assertThat(leftover.isAlive()).as("PostgreSQL outlives the killed application").isTrue();

		long restarted = System.nanoTime();
		this.application = start("second");
		long secondReady = awaitReady(this.application);
		assertThat(leftover.isAlive()).as("the restart stopped the leftover PostgreSQL").isFalse();
		await().atMost(Duration.ofSeconds(60)).until(() -> unsentLinks(false) == 0);
		long finished = System.nanoTime();
		// The killed sender's batch: its claims run out after 2 minutes.
		List<String> claimedAtKill = endClaims();
		await().atMost(Duration.ofSeconds(30)).until(() -> unsentLinks(true) == 0);

		Map<String, Set<String>> messageIds = new HashMap<>();
		int received = 0;
		for (MimeMessage message : this.smtp.getReceivedMessages()) {
			String recipient = message.getAllRecipients()[0].toString();
			if (recipient.startsWith(PREFIX) && message.getSubject().startsWith("Belépési link")) {
				messageIds.computeIfAbsent(recipient, (key) -> new HashSet<>()).add(message.getMessageID());
				received++;
			}
		}
		System.out.printf(
				"Day-before send killed with SIGKILL: %d of %d links had arrived; first start ready in %d ms, "
						+ "restart ready in %d ms, the rest sent %d ms after the restart; claimed at the kill: %s; "
						+ "%d mails received for %d registrants%n",
				beforeKill, REGISTRANTS, firstReady, secondReady, TimeUnit.NANOSECONDS.toMillis(finished - restarted),
				claimedAtKill, received, messageIds.size());
		assertThat(messageIds).as("every registrant got the link").hasSize(REGISTRANTS);
		assertThat(messageIds.values()).as("no registrant got two different links").allMatch((ids) -> ids.size() == 1);
		assertThat(received - REGISTRANTS).as("only the message in flight at the kill went again")
			.isLessThanOrEqualTo(1);
		assertThat(count("select count(*) from mail_outbox where recipient like '" + PREFIX + "%'"))
			.as("one link planned per registrant")
			.isEqualTo(REGISTRANTS);
		assertThat(count("select count(distinct recipient) from mail_outbox where recipient like '" + PREFIX + "%'"))
			.isEqualTo(REGISTRANTS);
	}

	/**
	 * The packaged application on the test's data directory, mail to the test's server.
	 */
	private Process start(String run) throws IOException {
		Path jar = Path.of(System.getProperty("gyakorlattar.jar", "target/gyakorlattar-0.1.0-SNAPSHOT.jar"))
			.toAbsolutePath();
		assertThat(jar).as("the packaged application (mvn package)").exists();
		// C1 only: the two starts, not the send, take most of the test's time.
		return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
				"-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--server.port=" + this.httpPort,
				"--server.address=127.0.0.1",
				"--gyakorlattar.embedded-database.directory=" + this.work.resolve("postgres"),
				"--spring.jpa.properties.hibernate.search.backend.directory.root=" + this.work.resolve("search"),
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + this.smtp.getSmtp().getPort(),
				"--gyakorlattar.mail.poll-interval=PT0.1S", "--gyakorlattar.registration.poll-interval=PT0.2S",
				"--gyakorlattar.admin.password=admin-jelszo-folyamat")
			.directory(this.work.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.to(LOGS.resolve(run + ".log").toFile()))
			.start();
	}

	/** Milliseconds until the application answers ready. */
	private long awaitReady(Process process) throws Exception {
		long started = System.nanoTime();
		HttpRequest readiness = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.httpPort + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(2))
			.build();
		while (System.nanoTime() - started < START_PATIENCE.toNanos()) {
			assertThat(process.isAlive()).as("the application runs; its log is in %s", LOGS.toAbsolutePath()).isTrue();
			try {
				if (this.http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
				}
			}
			catch (ConnectException ex) {
				// Not listening yet.
			}
			catch (HttpTimeoutException ex) {
				// Listening but not serving yet: Tomcat accepts connections while the
				// deferred
				// repositories are still being set up.
			}
			Thread.sleep(200);
		}
		throw new AssertionError(
				"The application was not ready within " + START_PATIENCE + "; see " + LOGS.toAbsolutePath());
	}

	/**
	 * Confirmed registrants of an open demo conference whose day-before link is due now,
	 * written straight into the database as the load benchmark does.
	 */
	private void registrantsWhoseLinkIsDue() throws SQLException {
		try (Connection connection = database(); Statement statement = connection.createStatement()) {
			long conference;
			try (ResultSet rows = statement.executeQuery("""
					select id from conference where registration_opens_at < now() and registration_closes_at > now()
					order by id limit 1""")) {
				assertThat(rows.next()).as("an open demo conference").isTrue();
				conference = rows.getLong(1);
			}
			statement.executeUpdate("""
					insert into registration (conference_id, family_name, given_name, email, email_key, post,
					  organisation, privacy_notice_version, list_consent, follow_up_consent, locale, status,
					  personal_token, join_token, created_at, opted_in_at)
					select %d, 'Leállított', 'Résztvevő ' || n, '%s' || n || '@example.hu', '%s' || n || '@example.hu',
					  'jegyző', 'Példa Község Önkormányzata', '1', false, false, 'hu-HU', 'CONFIRMED',
					  'p' || n || md5(random()::text), 'j' || n || md5(random()::text), now(), now()
					from generate_series(1, %d) n""".formatted(conference, PREFIX, PREFIX, REGISTRANTS));
			statement.executeUpdate("""
					insert into registration_scheduled_mail (registration_id, kind, offset_spec, due_at)
					select id, 'DAY_BEFORE_LINK', '10:00', now() from registration where email like '%s%%'"""
				.formatted(PREFIX));
		}
	}

	/** Link mails that arrived at the test's server. */
	private int links() {
		int links = 0;
		for (MimeMessage message : this.smtp.getReceivedMessages()) {
			try {
				if (message.getAllRecipients()[0].toString().startsWith(PREFIX)) {
					links++;
				}
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return links;
	}

	/**
	 * Link rows not sent yet, planned or in the outbox; {@code claimedToo} counts those a
	 * dead sender still holds.
	 */
	private long unsentLinks(boolean claimedToo) throws SQLException {
		String claimed = claimedToo ? "" : " and (claimed_until is null or claimed_until <= now())";
		return count(
				"select count(*) from registration_scheduled_mail m join registration r on r.id = m.registration_id"
						+ " where r.email like '" + PREFIX + "%' and m.sent_at is null")
				+ count("select count(*) from mail_outbox where recipient like '" + PREFIX + "%' and status <> 'SENT'"
						+ claimed);
	}

	/**
	 * Ends the claims the killed sender left, as their 2 minutes would; answers whose.
	 */
	private List<String> endClaims() throws SQLException {
		List<String> recipients = new ArrayList<>();
		try (Connection connection = database(); Statement statement = connection.createStatement()) {
			try (ResultSet rows = statement.executeQuery("select recipient from mail_outbox where recipient like '"
					+ PREFIX + "%' and status = 'QUEUED' and claimed_until > now()")) {
				while (rows.next()) {
					recipients.add(rows.getString(1));
				}
			}
			statement.executeUpdate("update mail_outbox set claimed_until = now() where recipient like '" + PREFIX
					+ "%' and status = 'QUEUED' and claimed_until > now()");
		}
		return recipients;
	}

	private long count(String sql) throws SQLException {
		try (Connection connection = database();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/**
	 * The embedded PostgreSQL on the test's directory, at the port its pid file names.
	 */
	private Connection database() throws SQLException {
		try {
			List<String> pidFile = Files.readAllLines(this.work.resolve("postgres").resolve("postmaster.pid"));
			return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pidFile.get(3).trim() + "/postgres",
					"postgres", "");
		}
		catch (IOException ex) {
			throw new SQLException("No running PostgreSQL in " + this.work, ex);
		}
	}

	/** The postmaster its pid file names, while it runs. */
	private Optional<ProcessHandle> postmaster() {
		try {
			List<String> pidFile = Files.readAllLines(this.work.resolve("postgres").resolve("postmaster.pid"));
			return ProcessHandle.of(Long.parseLong(pidFile.get(0).trim())).filter(ProcessHandle::isAlive);
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

}
