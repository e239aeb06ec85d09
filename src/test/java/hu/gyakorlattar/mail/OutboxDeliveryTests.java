package hu.gyakorlattar.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import hu.gyakorlattar.shared.AdjustableClock;
import hu.gyakorlattar.shared.FreePorts;
import hu.gyakorlattar.shared.LocalSmtp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The outbox against a real SMTP server (GreenMail), or a relay gone wrong on its port,
 * and the real background sender, polling every 0.2 s. Time stands still unless a test
 * moves the clock, so a backoff only ends when the test says so. The SMTP port is fixed
 * for the class, so the server can be stopped and started again under the application's
 * feet.
 *
 * <p>
 * The context is closed after the class: its sender would otherwise keep polling the
 * shared test database and deliver other classes' messages to a server that is gone.
 */
@SpringBootTest(properties = { "gyakorlattar.mail.poll-interval=PT0.2S",
		"spring.mail.properties.mail.smtp.connectiontimeout=2000", "spring.mail.properties.mail.smtp.timeout=5000" })
@AutoConfigureMockMvc
@Import(OutboxDeliveryTests.StoppedTime.class)
@DirtiesContext
class OutboxDeliveryTests {

	private static final int SMTP_PORT = FreePorts.any();

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.port(SMTP_PORT))
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void smtpServer(DynamicPropertyRegistry properties) {
		LocalSmtp.use(properties, SMTP_PORT);
	}

	@Autowired
	MailOutbox mailOutbox;

	@Autowired
	OutboxRepository outbox;

	@Autowired
	OutboxSender sender;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	AdjustableClock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	Ticks ticks;

	@BeforeEach
	void emptyOutboxAndMailbox() throws Exception {
		if (!smtp.isRunning()) {
			smtp.start();
		}
		// Waits for any message a sender holds locked, so nothing lands after the purge.
		this.outbox.deleteAllInBatch();
		smtp.purgeEmailFromAllMailboxes();
	}

	@Test
	void aQueuedMailArrivesWithItsSubjectHtmlAndTextInUtf8AndIsMarkedSent() throws Exception {
		long id = queue("kovari.tunde@example.hu", "Kővári Tünde");

		assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
		MimeMessage received = smtp.getReceivedMessages()[0];
		assertThat(received.getSubject()).isEqualTo("Árvíztűrő tükörfúrógép – Kővári Tünde");
		assertThat(received.getAllRecipients()).extracting(Object::toString).containsExactly("kovari.tunde@example.hu");
		assertThat(received.getFrom()[0].toString()).contains("noreply@gyakorlattar.local");
		Map<String, String> parts = textParts(received);
		assertThat(parts.get("text/plain")).startsWith("Kedves Kővári Tünde!")
			.contains("őszi szélben fűzfák hűvös árnyéka")
			.contains("Időpont: 2021. június 22. (kedd) 10.00");
		assertThat(parts.get("text/html")).contains("<title>Árvíztűrő tükörfúrógép – Kővári Tünde</title>")
			.contains("Kedves Kővári Tünde!")
			.contains("őszi szélben fűzfák hűvös árnyéka");

		OutboxMessage sent = awaitStatus(id, OutboxMessage.Status.SENT);
		assertThat(sent.getSentAt()).isEqualTo(this.clock.instant());
		assertThat(sent.getAttempts()).isEqualTo(1);
		assertThat(received.getMessageID()).isEqualTo(sent.getMessageId());
	}

	@Test
	void extraHeadersAndAnAttachmentTravelThroughTheOutbox() throws Exception {
		byte[] calendar = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
		OutgoingMail mail = TestMails.hello("naptar@example.hu", "Naptár Nóra")
			.withHeader("List-Unsubscribe", "<https://gyakorlattar.example/leiratkozas/abc>")
			.withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
			.withAttachment(new OutgoingMail.Attachment("konferencia.ics",
					"text/calendar; charset=UTF-8; method=REQUEST", calendar));
		long id = this.transaction.execute((status) -> this.mailOutbox.queue(mail));

		assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
		MimeMessage received = smtp.getReceivedMessages()[0];
		assertThat(received.getHeader("List-Unsubscribe"))
			.containsExactly("<https://gyakorlattar.example/leiratkozas/abc>");
		assertThat(received.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		Part attachment = attachmentNamed(received, "konferencia.ics");
		assertThat(attachment.getContentType()).startsWith("text/calendar").contains("method=REQUEST");
		assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(calendar);
		assertThat(textParts(received).get("text/plain")).startsWith("Kedves Naptár Nóra!");
		awaitStatus(id, OutboxMessage.Status.SENT);
	}

	@Test
	void aMailQueuedByAChangeThatRollsBackIsNeitherStoredNorSent() {
		this.transaction.executeWithoutResult((status) -> {
			this.mailOutbox.queue(TestMails.hello("visszavont@example.hu", "Vissza Vonat"));
			status.setRollbackOnly();
		});

		assertThat(this.outbox.count()).isZero();
		assertNothingArrivesFor(Duration.ofSeconds(1));
	}

	@Test
	void queueingOutsideTheCausingTransactionIsRefused() {
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.mailOutbox.queue(TestMails.hello("magany@example.hu", "Magány Mária")));
		assertThat(this.outbox.count()).isZero();
	}

	@Test
	void whileTheRelayIsDownNothingIsChargedAndOnceItAnswersTheQueueDrainsWithinSecondsTimeCriticalFirst()
			throws Exception {
		smtp.stop();
		Instant queuedAt = this.clock.instant();
		List<Long> ordinary = List.of(queue("egy@example.hu", "Egy Elek"), queue("ketto@example.hu", "Kettő Klára"));
		long link = this.transaction.execute(
				(status) -> this.mailOutbox.queue(TestMails.hello("harom@example.hu", "Három Huba").asTimeCritical()));
		List<Long> ids = List.of(ordinary.get(0), ordinary.get(1), link);

		// The sender keeps knocking, time-critical mail first; a relay that is not there
		// is not the messages' fault, so none of them backs off.
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.outbox.findById(link).orElseThrow().getLastError() != null);
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(3))
			.until(() -> this.outbox.findAllById(ids)
				.stream()
				.allMatch((message) -> message.getStatus() == OutboxMessage.Status.QUEUED && message.getAttempts() == 0
						&& message.getNextAttemptAt().equals(queuedAt)));

		// The clock stands still: nothing waits for a back-off to end.
		smtp.start();
		assertThat(smtp.waitForIncomingEmail(10_000, 3)).isTrue();
		assertThat(smtp.getReceivedMessages()[0].getAllRecipients()).extracting(Object::toString)
			.containsExactly("harom@example.hu");
		for (long id : ids) {
			assertThat(awaitStatus(id, OutboxMessage.Status.SENT).getAttempts()).isOne();
		}
		assertDeliveredExactlyOnce(ids);
	}

	@Test
	void aHangingRelayHoldsUpNoScheduledJobAndTheSendTimesOut() throws Exception {
		smtp.stop();
		long id;
		try (FakeRelay relay = FakeRelay.hanging(SMTP_PORT)) {
			id = queue("varakozo@example.hu", "Várakozó Vilma");
			await().atMost(Duration.ofSeconds(10)).until(() -> relay.connections() > 0);

			// The sender waits for a greeting that never comes; the scheduled jobs go on.
			int ticks = this.ticks.count();
			await().atMost(Duration.ofSeconds(2)).until(() -> this.ticks.count() >= ticks + 3);
			assertThat(this.outbox.findById(id).orElseThrow().getLastError()).isNull();

			// The read timeout (5 s here) ends the wait; the message is not charged.
			OutboxMessage waiting = await().atMost(Duration.ofSeconds(15))
				.until(() -> this.outbox.findById(id).orElseThrow(), (message) -> message.getLastError() != null);
			assertThat(waiting.getStatus()).isEqualTo(OutboxMessage.Status.QUEUED);
			assertThat(waiting.getAttempts()).isZero();
		}
		smtp.start();
		awaitStatus(id, OutboxMessage.Status.SENT);
		assertDeliveredExactlyOnce(List.of(id));
	}

	@Test
	void aRecipientTheRelayRefusesBacksOffFailsAfterTheLastAttemptAndTheAdminsRetrySendsItOnce() throws Exception {
		smtp.stop();
		long id;
		int lastAttempt = OutboxMessage.BACKOFF.size() + 1;
		try (FakeRelay relay = FakeRelay.refusingRecipients(SMTP_PORT)) {
			Instant queuedAt = this.clock.instant();
			id = queue("rossz.cimzett@example.hu", "Cím Zett");
			assertThat(awaitAttempts(id, 1).getNextAttemptAt()).isEqualTo(queuedAt.plus(OutboxMessage.BACKOFF.get(0)));
			for (int attempt = 1; attempt < lastAttempt; attempt++) {
				awaitAttempts(id, attempt);
				this.clock.advance(OutboxMessage.BACKOFF.get(attempt - 1));
			}
			OutboxMessage failed = awaitStatus(id, OutboxMessage.Status.FAILED);
			assertThat(failed.getAttempts()).isEqualTo(lastAttempt);
			assertThat(failed.getLastError()).contains("550");
			this.clock.advance(Duration.ofDays(1));
			await().during(Duration.ofSeconds(1))
				.atMost(Duration.ofSeconds(3))
				.until(() -> this.outbox.findById(id).orElseThrow().getAttempts() == lastAttempt);
		}

		smtp.start();
		this.mvc.perform(post("/admin/levelek/{id}/ujrakuldes", id).with(user("iroda").roles("ADMIN")).with(csrf()))
			.andExpect(redirectedUrl("/admin/levelek/" + id));

		assertThat(awaitStatus(id, OutboxMessage.Status.SENT).getSentAt()).isEqualTo(this.clock.instant());
		assertDeliveredExactlyOnce(List.of(id));
	}

	@Test
	void twoSendersRacingOverTwoHundredMessagesDeliverEachExactlyOnce() throws Exception {
		List<Long> ids = this.transaction.execute((status) -> {
			List<Long> queued = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				queued.add(this.mailOutbox.queue(TestMails.hello("cimzett" + i + "@example.hu", "Címzett " + i)));
			}
			return queued;
		});

		// The scheduled sender joins in too: three senders on one table.
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService senders = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				running.add(senders.submit(() -> {
					start.await();
					this.sender.sendDue();
					return null;
				}));
			}
			start.countDown();
			for (Future<?> sender : running) {
				sender.get();
			}
		}
		finally {
			senders.shutdown();
		}

		assertThat(smtp.waitForIncomingEmail(30_000, 200)).isTrue();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.outbox.countByStatus(OutboxMessage.Status.SENT) == 200);
		assertDeliveredExactlyOnce(ids);
		assertThat(this.outbox.findAllById(ids)).allSatisfy((message) -> assertThat(message.getAttempts()).isOne());
	}

	private long queue(String recipient, String name) {
		return this.transaction.execute((status) -> this.mailOutbox.queue(TestMails.hello(recipient, name)));
	}

	private OutboxMessage awaitStatus(long id, OutboxMessage.Status status) {
		return await().atMost(Duration.ofSeconds(15))
			.until(() -> this.outbox.findById(id).orElseThrow(), (message) -> message.getStatus() == status);
	}

	private OutboxMessage awaitAttempts(long id, int attempts) {
		return await().atMost(Duration.ofSeconds(15))
			.until(() -> this.outbox.findById(id).orElseThrow(), (message) -> message.getAttempts() == attempts);
	}

	private void assertNothingArrivesFor(Duration duration) {
		await().during(duration).atMost(duration.plusSeconds(2)).until(() -> smtp.getReceivedMessages().length == 0);
	}

	/**
	 * Every message arrived once, and once only: after a second of the sender polling on,
	 * the server holds exactly one copy of each Message-ID.
	 */
	private void assertDeliveredExactlyOnce(List<Long> ids) throws MessagingException {
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(5))
			.until(() -> smtp.getReceivedMessages().length == ids.size());
		List<String> received = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			received.add(message.getMessageID());
		}
		Set<String> expected = this.outbox.findAllById(ids)
			.stream()
			.map(OutboxMessage::getMessageId)
			.collect(Collectors.toSet());
		assertThat(received).hasSize(ids.size()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
	}

	/** The text/plain and text/html bodies, wherever they sit in the multipart tree. */
	private static Part attachmentNamed(Part part, String filename) throws MessagingException, IOException {
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				Part found = attachmentNamed(multipart.getBodyPart(i), filename);
				if (found != null) {
					return found;
				}
			}
			return null;
		}
		return filename.equals(part.getFileName()) ? part : null;
	}

	private static Map<String, String> textParts(Part part) throws MessagingException, IOException {
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			Map<String, String> parts = new HashMap<>();
			for (int i = 0; i < multipart.getCount(); i++) {
				parts.putAll(textParts(multipart.getBodyPart(i)));
			}
			return parts;
		}
		if (part.isMimeType("text/plain") || part.isMimeType("text/html")) {
			assertThat(part.getContentType()).containsIgnoringCase("charset=UTF-8");
			String type = part.isMimeType("text/plain") ? "text/plain" : "text/html";
			return Map.of(type, (String) part.getContent());
		}
		return Map.of();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class StoppedTime {

		@Bean
		@Primary
		AdjustableClock adjustableClock() {
			return new AdjustableClock();
		}

		@Bean
		Ticks ticks() {
			return new Ticks();
		}

	}

	/** A scheduled job like the day-before planning: it counts how often it ran. */
	static class Ticks {

		private final AtomicInteger count = new AtomicInteger();

		@Scheduled(fixedDelay = 100)
		void tick() {
			this.count.incrementAndGet();
		}

		int count() {
			return this.count.get();
		}

	}

}
