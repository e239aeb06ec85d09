package hu.gyakorlattar.registration;

import java.time.Duration;
import java.time.LocalDate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferencesForRegistrationTests;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * How long the day-before send takes for 5,000 confirmed registrants, from the rows
 * falling due to the last mail accepted by a local SMTP server (GreenMail). On demand
 * only, outside {@code ./mvnw verify}:
 * {@code ./mvnw test -Dtest=DayBeforeSendBenchmark -Dbench=true}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
@SpringBootTest(properties = { "gyakorlattar.mail.poll-interval=PT0.05S",
		"gyakorlattar.registration.poll-interval=PT1H", "logging.level.hu.gyakorlattar.mail=WARN" })
@DirtiesContext
class DayBeforeSendBenchmark {

	private static final int REGISTRANTS = Integer.getInteger("bench.registrants", 5000);

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void smtpServer(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	SendScheduledMails sender;

	@Autowired
	ConferenceManagement conferences;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void fiveThousandDayBeforeLinks() throws Exception {
		LocalDate today = LocalDate.now(HungarianFormats.BUDAPEST);
		LocalDate day = today.plusDays(3);
		long id = this.transaction.execute((status) -> ConferencesForRegistrationTests.published(this.conferences,
				"Teljesítménymérés", day, REGISTRANTS + 100, today.minusDays(1).atTime(9, 0), day.atTime(9, 0)));
		// Confirmed registrants written straight into the tables: the send is measured,
		// not the registering.
		this.jdbc.update("""
				insert into registration (conference_id, family_name, given_name, email, email_key, post,
				  organisation, privacy_notice_version, list_consent, follow_up_consent, locale, status,
				  personal_token, join_token, created_at, opted_in_at)
				select ?, 'Mérés', 'Résztvevő ' || n, 'meres' || n || '@example.hu', 'meres' || n || '@example.hu',
				  'jegyző', 'Példa', '1', false, false, 'hu-HU', 'CONFIRMED', 'p' || n || md5(random()::text),
				  'j' || n || md5(random()::text), now(), now()
				from generate_series(1, ?) n""", id, REGISTRANTS);
		this.jdbc.update("""
				insert into registration_scheduled_mail (registration_id, kind, offset_spec, due_at)
				select id, 'DAY_BEFORE_LINK', '10:00', now() - interval '1 second' from registration
				where conference_id = ?""", id);
		smtp.purgeEmailFromAllMailboxes();

		long start = System.nanoTime();
		this.sender.sendDue();
		long queued = System.nanoTime();
		await().atMost(Duration.ofMinutes(15))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> smtp.getReceivedMessages().length >= REGISTRANTS);
		long delivered = System.nanoTime();

		System.out.printf(
				"%nDAY-BEFORE SEND BENCHMARK: %d registrants; queued in the outbox in %.1f s (%.0f/s); "
						+ "all delivered to SMTP after %.1f s (%.0f mails/s)%n%n",
				REGISTRANTS, (queued - start) / 1e9, REGISTRANTS / ((queued - start) / 1e9), (delivered - start) / 1e9,
				REGISTRANTS / ((delivered - start) / 1e9));
		assertThat(smtp.getReceivedMessages()).hasSize(REGISTRANTS);
	}

}
