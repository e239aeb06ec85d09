package hu.gyakorlattar.mail;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to send an e-mail. {@link #queue} must run inside the transaction of the
 * change that causes the mail: if that change rolls back, so does the mail; if it
 * commits, the mail is stored and will be sent.
 */
@Service
public class MailOutbox {

	private final OutboxRepository outbox;

	private final MailTemplates templates;

	private final Clock clock;

	MailOutbox(OutboxRepository outbox, MailTemplates templates, Clock clock) {
		this.outbox = outbox;
		this.templates = templates;
		this.clock = clock;
	}

	/** Renders the mail now and stores it for sending; returns its outbox id. */
	@Transactional(propagation = Propagation.MANDATORY)
	public long queue(OutgoingMail mail) {
		MailTemplates.Rendered rendered = this.templates.render(mail);
		String messageId = "<" + UUID.randomUUID() + "@gyakorlattar>";
		OutboxMessage message = new OutboxMessage(messageId, mail.recipient(), rendered.subject(), rendered.text(),
				rendered.html(), mail.template(), this.clock.instant());
		return this.outbox.save(message).getId();
	}

}
