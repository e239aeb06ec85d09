package hu.gyakorlattar.mail;

import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a new outbox message, its headers and its files, in plain statements on the
 * connection of the transaction that causes it. Persisted through Hibernate (an entity
 * with two element collections: its action queue, the flush's dirty checks, the
 * collections' own inserts) the same rows took 8.6 % of a registration's CPU in a burst
 * (profiled). Nothing reads a new message back as an entity in the transaction that
 * queues it; the senders load it later.
 */
@Component
class OutboxInserts {

	private static final String MESSAGE = """
			insert into mail_outbox (message_id, recipient, subject, body_text, body_html, template, status,
			  attempts, next_attempt_at, created_at, forget_once_sent, not_kept, confidential, time_critical)
			values (:messageId, :recipient, :subject, :bodyText, :bodyHtml, :template, :status,
			  :attempts, :nextAttemptAt, :createdAt, :forgetOnceSent, :notKept, :confidential, :timeCritical)
			returning id""";

	private static final String HEADER = "insert into mail_outbox_header (message_id, name, value) values (?, ?, ?)";

	private static final String ATTACHMENT = """
			insert into mail_outbox_attachment (message_id, position, filename, content_type, content)
			values (?, ?, ?, ?, ?)""";

	private final JdbcClient jdbc;

	OutboxInserts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the new message; returns its outbox id. */
	@Transactional(propagation = Propagation.MANDATORY)
	long insert(OutboxMessage message) {
		long id = this.jdbc.sql(MESSAGE)
			.param("messageId", message.getMessageId())
			.param("recipient", message.getRecipient(), Types.VARCHAR)
			.param("subject", message.getSubject(), Types.VARCHAR)
			.param("bodyText", message.getBodyText(), Types.VARCHAR)
			.param("bodyHtml", message.getBodyHtml(), Types.VARCHAR)
			.param("template", message.getTemplate())
			.param("status", message.getStatus().name())
			.param("attempts", message.getAttempts())
			.param("nextAttemptAt", Timestamp.from(message.getNextAttemptAt()))
			.param("createdAt", Timestamp.from(message.getCreatedAt()))
			.param("forgetOnceSent", message.isForgetOnceSent())
			.param("notKept", message.isNotKept())
			.param("confidential", message.isConfidential())
			.param("timeCritical", message.isTimeCritical())
			.query(Long.class)
			.single();
		for (Map.Entry<String, String> header : message.getHeaders().entrySet()) {
			this.jdbc.sql(HEADER).params(id, header.getKey(), header.getValue()).update();
		}
		List<OutgoingMail.Attachment> attachments = message.getAttachments();
		for (int position = 0; position < attachments.size(); position++) {
			OutgoingMail.Attachment attachment = attachments.get(position);
			this.jdbc.sql(ATTACHMENT)
				.params(id, position, attachment.filename(), attachment.contentType(), attachment.content())
				.update();
		}
		return id;
	}

}
