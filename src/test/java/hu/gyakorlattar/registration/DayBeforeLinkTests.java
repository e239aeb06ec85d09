package hu.gyakorlattar.registration;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import hu.gyakorlattar.GyakorlattarApplication;
import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferencesForRegistrationTests;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.FreePorts;
import hu.gyakorlattar.shared.HungarianWorkingDays;
import hu.gyakorlattar.shared.LocalSmtp;
import hu.gyakorlattar.shared.StatementCounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The day-before access link as durable scheduled rows against a real SMTP server: it
 * goes out at its time with the join link, a moved conference moves it, and the send is
 * exactly once even when an instance is stopped in the middle of it or when two instances
 * send together. This context's own poller is slow on purpose (the test drives it), so
 * that only the instances a test starts race.
 */
@SpringBootTest(properties = { "gyakorlattar.mail.poll-interval=PT0.1S", "gyakorlattar.registration.poll-interval=PT1H",
		"gyakorlattar.registration.batch-size=5" })
@DirtiesContext
class DayBeforeLinkTests {

	/** Fixed for the class, so the server can stop and start again on the same port. */
	private static final int SMTP_PORT = FreePorts.any();

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.port(SMTP_PORT))
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void smtpServer(DynamicPropertyRegistry properties) {
		LocalSmtp.use(properties, SMTP_PORT);
	}

	@Autowired
	ConfirmingAndCancelling registrations;

	@Autowired
	Registering registering;

	@Autowired
	RegistrationRepository repository;

	@Autowired
	ScheduledMailRepository scheduled;

	@Autowired
	SendScheduledMails sender;

	@Autowired
	ConferenceManagement conferences;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HikariDataSource dataSource;

	final Mailbox mailbox = new Mailbox(smtp);

	@Test
	void theLinkAndTheReminderAreDueAtTheirTimesAndAMoveRecomputesThem() {
		LocalDate day = LocalDate.now(HungarianFormats.BUDAPEST).plusDays(5);
		long id = conference("Időzített levelek", day, 10);
		Registration registration = confirmedRegistrant(id, "idozitett@example.hu");

		assertThat(dueTimes(registration))
			.containsEntry("DAY_BEFORE_LINK 10:00",
					HungarianWorkingDays.lastBefore(day).atTime(10, 0).atZone(HungarianFormats.BUDAPEST).toInstant())
			.containsEntry("REMINDER PT1H", day.atTime(9, 0).atZone(HungarianFormats.BUDAPEST).toInstant())
			.containsEntry("FOLLOW_UP PT2H", day.atTime(14, 0).atZone(HungarianFormats.BUDAPEST).toInstant());

		LocalDate later = day.plusDays(7);
		this.transaction
			.executeWithoutResult((status) -> ConferencesForRegistrationTests.moveTo(this.conferences, id, later));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> dueTimes(registration).get("DAY_BEFORE_LINK 10:00")
				.equals(HungarianWorkingDays.lastBefore(later)
					.atTime(10, 0)
					.atZone(HungarianFormats.BUDAPEST)
					.toInstant()));
		assertThat(dueTimes(registration))
			.containsEntry("REMINDER PT1H", later.atTime(9, 0).atZone(HungarianFormats.BUDAPEST).toInstant())
			.containsEntry("FOLLOW_UP PT2H", later.atTime(14, 0).atZone(HungarianFormats.BUDAPEST).toInstant());
	}

	@Test
	void whenTheLinkIsDueTheRegistrantGetsTheirPersonalJoinLinkOnce() {
		long id = conference("Holnapi konferencia", LocalDate.now(HungarianFormats.BUDAPEST).plusDays(5), 10);
		Registration registration = confirmedRegistrant(id, "holnap@example.hu");
		makeDue(id);

		this.sender.sendDue();
		this.sender.sendDue();

		Mailbox.Mail link = this.mailbox.awaitSubject("holnap@example.hu", "Belépési link");
		// The test makes the send due five days early, and the words follow the real
		// timing.
		assertThat(link.subject()).isEqualTo("Belépési link a konferenciához: Holnapi konferencia");
		assertThat(link.text()).startsWith("Kedves Holnapi Hanna!")
			.contains("/j/" + registration.getJoinToken())
			.contains("böngészőn keresztül is működik")
			.contains("/regisztraciom/" + registration.getPersonalToken())
			.doesNotContain("meet.example.hu");
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(3))
			.until(() -> linkMailsTo("holnap@example.hu") == 1);
		assertThat(this.repository.findById(registration.getId()).orElseThrow().getJoinLinkSentAt()).isNotNull();
	}

	@Test
	void anInstanceKilledInTheMiddleOfTheSendLeavesTheRestToTheNextAndNobodyGetsTwo() throws Exception {
		long id = conference("Leállítás közben", LocalDate.now(HungarianFormats.BUDAPEST).plusDays(5), 1000);
		List<String> emails = registrants(id, "leallitas", 300);
		makeDue(id);
		long held = this.repository.findByConferenceIdAndEmailKey(id, "leallitas150@example.hu").orElseThrow().getId();

		// Someone else holds the 151st registrant's row, so the other instance stops
		// there
		// in the middle of its transaction; then it dies.
		try (Connection blocker = this.dataSource.getConnection()) {
			blocker.setAutoCommit(false);
			blocker.createStatement().execute("select id from registration where id = " + held + " for update");
			ConfigurableApplicationContext other = secondInstance();
			await().atMost(Duration.ofSeconds(60)).until(() -> sentRows(id) == 150);
			Thread.sleep(500);
			other.getBean(HikariDataSource.class).close();
			other.close();
			blocker.rollback();
		}
		assertThat(sentRows(id)).as("the killed instance's transaction in hand rolled back").isEqualTo(150);

		this.sender.sendDue();
		assertThat(sentRows(id)).isEqualTo(300);
		assertEveryoneGotExactlyOneLink(emails);
	}

	@Test
	void twoInstancesSendingTogetherSendEachLinkOnce() throws Exception {
		long id = conference("Két példány", LocalDate.now(HungarianFormats.BUDAPEST).plusDays(5), 1000);
		List<String> emails = registrants(id, "ketpeldany", 200);
		makeDue(id);

		try (ConfigurableApplicationContext other = secondInstance()) {
			this.sender.sendDue();
			await().atMost(Duration.ofSeconds(60)).until(() -> sentRows(id) == 200);
		}
		assertEveryoneGotExactlyOneLink(emails);
	}

	@Test
	void whileSmtpIsDownDuringTheSendNothingIsLostAndEachLinkArrivesOnceWhenItIsBack() throws Exception {
		long id = conference("Levelezőszerver-kiesés", LocalDate.now(HungarianFormats.BUDAPEST).plusDays(5), 1000);
		List<String> emails = registrants(id, "kieses", 100);
		// The first half of the links goes out while the server is up…
		this.jdbc.update("""
				update registration_scheduled_mail set due_at = now() - interval '1 minute'
				where kind = 'DAY_BEFORE_LINK' and registration_id in
				  (select id from registration where conference_id = ? order by id limit 50)""", id);
		this.sender.sendDue();
		await().atMost(Duration.ofSeconds(60))
			.until(() -> countLinks(List.of()).keySet().stream().filter((to) -> to.startsWith("kieses")).count() == 50);

		// …then it goes down, and GreenMail forgets what it received when it stops: keep
		// its store of before.
		Managers before = smtp.getManagers();
		smtp.stop();
		List<MimeMessage> received = new ArrayList<>();
		try {
			for (StoredMessage message : before.getImapHostManager().getAllMessages()) {
				received.add(message.getMimeMessage());
			}
			makeDue(id);
			this.sender.sendDue();
			await().atMost(Duration.ofSeconds(30))
				.until(() -> this.jdbc.queryForObject(
						"select count(*) from mail_outbox where recipient like 'kieses%' and last_error is not null and status = 'QUEUED'",
						Long.class) > 0);
			assertThat(this.jdbc.queryForObject(
					"select count(*) from mail_outbox where recipient like 'kieses%' and status = 'FAILED'",
					Long.class))
				.isZero();
			assertThat(sentRows(id)).as("every link is in the outbox, none lost").isEqualTo(100);
		}
		finally {
			smtp.start();
		}
		// No back-off to wait out: an unreachable relay is not the links' fault.
		assertEveryoneGotExactlyOneLink(emails, received);
	}

	@Test
	void aBatchOfLinksReadsAndMarksItsRegistrantsTogether() throws Exception {
		LocalDate day = LocalDate.now(HungarianFormats.BUDAPEST).plusDays(5);
		long alone = conference("Egy résztvevő", day, 10);
		registrants(alone, "egyedul-", 1);
		long batch = conference("Öt résztvevő", day, 10);
		registrants(batch, "otan-", 5);

		long five = statementsToSendTheLinks(batch);
		long one = statementsToSendTheLinks(alone);

		assertThat(one).as("sending one link reads and writes").isPositive();
		assertThat(five).as("a batch of five costs the statements of one link").isEqualTo(one);
	}

	// --- helpers ---

	/**
	 * The statements the job prepares to queue the conference's links, once it has sent
	 * what else was due (a killed instance's claims run out in this class).
	 */
	long statementsToSendTheLinks(long conferenceId) throws Exception {
		this.sender.sendDue();
		makeDue(conferenceId);
		return StatementCounts.of(this.sender::sendDue);
	}

	long conference(String title, LocalDate day, int capacity) {
		LocalDate today = LocalDate.now(HungarianFormats.BUDAPEST);
		return this.transaction.execute((status) -> ConferencesForRegistrationTests.published(this.conferences, title,
				day, capacity, today.minusDays(1).atTime(9, 0), day.atTime(9, 0)));
	}

	Registration confirmedRegistrant(long conferenceId, String email) {
		this.transaction
			.executeWithoutResult(
					(status) -> this.registering
						.register(
								conferenceId, new RegistrationForm("", "Holnapi", "Hanna", email, "jegyző", "",
										"Példa Egyesület", "", "", true, false, false, null),
								HungarianFormats.HUNGARIAN));
		// By its own address: reading every registration per registrant made the
		// hundreds-of-registrants tests quadratic.
		Registration registration = this.repository.findByConferenceIdAndEmailKey(conferenceId, email).orElseThrow();
		this.transaction.executeWithoutResult((status) -> this.registrations.confirm(registration.getPersonalToken()));
		return this.repository.findById(registration.getId()).orElseThrow();
	}

	List<String> registrants(long conferenceId, String prefix, int count) {
		List<String> emails = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			emails.add(prefix + i + "@example.hu");
		}
		for (String email : emails) {
			confirmedRegistrant(conferenceId, email);
		}
		return emails;
	}

	/** The send time has come: the rows' due time is now. */
	void makeDue(long conferenceId) {
		this.jdbc.update("""
				update registration_scheduled_mail set due_at = now() - interval '1 minute'
				where kind = 'DAY_BEFORE_LINK' and registration_id in
				  (select id from registration where conference_id = ?)""", conferenceId);
	}

	long sentRows(long conferenceId) {
		return this.jdbc.queryForObject("""
				select count(*) from registration_scheduled_mail m join registration r on r.id = m.registration_id
				where r.conference_id = ? and m.kind = 'DAY_BEFORE_LINK' and m.sent_at is not null""", Long.class,
				conferenceId);
	}

	Map<String, Instant> dueTimes(Registration registration) {
		return this.scheduled.findByRegistration(registration)
			.stream()
			.collect(Collectors.toMap((m) -> m.getKind() + " " + m.getOffsetSpec(), ScheduledMail::getDueAt));
	}

	long linkMailsTo(String email) {
		return this.mailbox.to(email).stream().filter((mail) -> mail.subject().startsWith("Belépési link")).count();
	}

	void assertEveryoneGotExactlyOneLink(List<String> emails) {
		assertEveryoneGotExactlyOneLink(emails, List.of());
	}

	/** Counts the links the server has now and those it received before a restart. */
	void assertEveryoneGotExactlyOneLink(List<String> emails, List<MimeMessage> earlier) {
		// One look at the server per poll, not one per registrant: each look parses every
		// message it holds.
		await().atMost(Duration.ofSeconds(120)).until(() -> {
			Map<String, Long> links = countLinks(earlier);
			return emails.stream().allMatch((email) -> links.getOrDefault(email, 0L) >= 1);
		});
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> true);
		Map<String, Long> links = countLinks(earlier);
		for (String email : emails) {
			assertThat(links.get(email)).as(email).isEqualTo(1L);
		}
	}

	Map<String, Long> countLinks(List<MimeMessage> earlier) {
		List<String> recipients = new ArrayList<>();
		List<MimeMessage> messages = new ArrayList<>(earlier);
		messages.addAll(List.of(smtp.getReceivedMessages()));
		for (MimeMessage message : messages) {
			try {
				if (message.getSubject().startsWith("Belépési link")) {
					for (Address address : message.getAllRecipients()) {
						recipients.add(address.toString());
					}
				}
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return recipients.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}

	/**
	 * The same application on the same database, polling for due links every 10 ms, one
	 * row per transaction, and delivering mail to the same server.
	 */
	ConfigurableApplicationContext secondInstance() {
		return new SpringApplicationBuilder(GyakorlattarApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + this.dataSource.getJdbcUrl(),
				"--spring.datasource.username=" + this.dataSource.getUsername(), "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + SMTP_PORT, "--gyakorlattar.mail.poll-interval=PT0.05S",
				"--gyakorlattar.registration.poll-interval=PT0.01S", "--gyakorlattar.registration.batch-size=1",
				"--gyakorlattar.demo-data=false");
	}

}
