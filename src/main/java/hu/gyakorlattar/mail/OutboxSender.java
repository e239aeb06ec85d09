package hu.gyakorlattar.mail;

import java.time.Clock;
import java.util.Optional;

import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due messages one at a time: claim a row ({@code FOR UPDATE SKIP LOCKED}), hand
 * it to SMTP, mark it sent, commit. One message per transaction, so a crash re-sends at
 * most the one message in flight, and several app instances never send the same message.
 * Each message keeps its Message-ID across attempts, so a receiving server can recognise
 * that one re-send. Without an SMTP server configured there is no {@link JavaMailSender}
 * and nothing leaves the outbox.
 * <p>
 * A burst of due messages shares one SMTP connection ({@link SmtpConnection}): opening a
 * connection per message cost about 50 ms each and capped the sender at about 17 mails
 * per second.
 */
@Component
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final OutboxRepository outbox;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final TransactionTemplate transaction;

	private final Envelope envelope;

	private final Clock clock;

	OutboxSender(OutboxRepository outbox, ObjectProvider<JavaMailSender> mailSender, TransactionTemplate transaction,
			Envelope envelope, Clock clock) {
		this.outbox = outbox;
		this.mailSender = mailSender;
		this.transaction = transaction;
		this.envelope = envelope;
		this.clock = clock;
	}

	boolean smtpConfigured() {
		return this.mailSender.getIfAvailable() != null;
	}

	@Scheduled(fixedDelayString = "${gyakorlattar.mail.poll-interval:PT5S}", initialDelayString = "PT2S")
	void sendDue() {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			return;
		}
		int handled = 0;
		try (SmtpConnection smtp = new SmtpConnection(sender)) {
			while (Boolean.TRUE.equals(this.transaction.execute((status) -> sendOne(sender, smtp)))) {
				handled++;
			}
		}
		if (handled > 0) {
			log.info("Worked through {} due outbox message(s); failures are retried with backoff", handled);
		}
	}

	/** Sends the next due message, if any; answers whether there was one. */
	private boolean sendOne(JavaMailSender sender, SmtpConnection smtp) {
		Optional<OutboxMessage> next = this.outbox.claimNextDue(this.clock.instant());
		if (next.isEmpty()) {
			return false;
		}
		OutboxMessage message = next.get();
		try {
			smtp.send(this.envelope.wrap(sender.createMimeMessage().getSession(), message, this.clock.instant()));
			message.sent(this.clock.instant());
		}
		catch (MailException | MessagingException ex) {
			log.warn("Sending outbox message {} failed (attempt {}): {}", message.getId(), message.getAttempts() + 1,
					ex.getMessage());
			message.failed(ex.getMessage(), this.clock.instant());
		}
		return true;
	}

}
