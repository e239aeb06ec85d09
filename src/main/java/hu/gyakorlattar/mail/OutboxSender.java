package hu.gyakorlattar.mail;

import java.time.Clock;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
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

	private final MailProperties properties;

	private final Clock clock;

	OutboxSender(OutboxRepository outbox, ObjectProvider<JavaMailSender> mailSender, TransactionTemplate transaction,
			MailProperties properties, Clock clock) {
		this.outbox = outbox;
		this.mailSender = mailSender;
		this.transaction = transaction;
		this.properties = properties;
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
			smtp.send(mime(sender, message));
			message.sent(this.clock.instant());
		}
		catch (MailException | MessagingException ex) {
			log.warn("Sending outbox message {} failed (attempt {}): {}", message.getId(), message.getAttempts() + 1,
					ex.getMessage());
			message.failed(ex.getMessage(), this.clock.instant());
		}
		return true;
	}

	private MimeMessage mime(JavaMailSender sender, OutboxMessage message) throws MessagingException {
		MimeMessage mime = new StableIdMimeMessage(sender.createMimeMessage().getSession(), message.getMessageId());
		MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
		helper.setFrom(this.properties.from());
		helper.setSentDate(Date.from(this.clock.instant()));
		helper.setTo(message.getRecipient());
		helper.setSubject(message.getSubject());
		helper.setText(message.getBodyText(), message.getBodyHtml());
		for (Map.Entry<String, String> header : message.getHeaders().entrySet()) {
			mime.setHeader(header.getKey(), header.getValue());
		}
		for (OutgoingMail.Attachment attachment : message.getAttachments()) {
			helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()),
					attachment.contentType());
		}
		return mime;
	}

	/**
	 * Keeps the outbox's Message-ID instead of letting JavaMail invent a new one on every
	 * attempt.
	 */
	private static final class StableIdMimeMessage extends MimeMessage {

		private final String messageId;

		StableIdMimeMessage(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", this.messageId);
		}

	}

}
