package hu.gyakorlattar.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/** One rendered message in the outbox and where it stands. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMessage {

	/**
	 * Waiting (possibly after a failed attempt), delivered to the SMTP server, or given
	 * up after every retry.
	 */
	public enum Status {

		QUEUED, SENT, FAILED

	}

	/**
	 * Waits between attempts; after the last one the message is marked failed for an
	 * admin to look at.
	 */
	static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
			Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(12));

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String messageId;

	private String recipient;

	private String subject;

	private String bodyText;

	private String bodyHtml;

	private String template;

	@Enumerated(EnumType.STRING)
	private Status status = Status.QUEUED;

	private int attempts;

	private Instant nextAttemptAt;

	private String lastError;

	private Instant createdAt;

	private Instant sentAt;

	/**
	 * Forget the message as soon as it went out or was given up (see {@link #forget}).
	 */
	private boolean forgetOnceSent;

	/**
	 * Forgotten once sent because the sending module keeps no such mail, not because its
	 * recipient was erased.
	 */
	private boolean notKept;

	private @Nullable Instant forgottenAt;

	private boolean confidential;

	/** Taken before the other due messages (see {@link OutgoingMail#timeCritical()}). */
	private boolean timeCritical;

	/**
	 * A sender is delivering it until this time at the latest; others leave it alone.
	 * Null while no sender holds it.
	 */
	private @Nullable Instant claimedUntil;

	// The sender claims messages in batches: their headers and attachments come in one
	// query per batch rather than two per message.
	@ElementCollection
	@BatchSize(size = OutboxSender.BATCH)
	@CollectionTable(name = "mail_outbox_header", joinColumns = @JoinColumn(name = "message_id"))
	@MapKeyColumn(name = "name")
	@Column(name = "value")
	private Map<String, String> headers = new LinkedHashMap<>();

	@ElementCollection
	@BatchSize(size = OutboxSender.BATCH)
	@CollectionTable(name = "mail_outbox_attachment", joinColumns = @JoinColumn(name = "message_id"))
	@OrderColumn(name = "position")
	private List<StoredAttachment> attachments = new ArrayList<>();

	protected OutboxMessage() {
	}

	OutboxMessage(String messageId, String recipient, String subject, String bodyText, String bodyHtml, String template,
			Instant now) {
		this.messageId = messageId;
		this.recipient = recipient;
		this.subject = subject;
		this.bodyText = bodyText;
		this.bodyHtml = bodyHtml;
		this.template = template;
		this.createdAt = now;
		this.nextAttemptAt = now;
	}

	OutboxMessage withExtras(Map<String, String> headers, List<OutgoingMail.Attachment> attachments) {
		this.headers.putAll(headers);
		attachments.forEach((attachment) -> this.attachments
			.add(new StoredAttachment(attachment.filename(), attachment.contentType(), attachment.content())));
		return this;
	}

	OutboxMessage timeCritical(boolean timeCritical) {
		this.timeCritical = timeCritical;
		return this;
	}

	OutboxMessage confidential() {
		this.confidential = true;
		return this;
	}

	OutboxMessage forgettingOnceSent() {
		this.forgetOnceSent = true;
		return this;
	}

	OutboxMessage notKept() {
		this.notKept = true;
		return forgettingOnceSent();
	}

	/**
	 * A sender takes the message to deliver it outside any transaction; until
	 * {@code until} no other sender takes it, so it goes once even across instances.
	 */
	void claim(Instant until) {
		this.claimedUntil = until;
	}

	/** Claimed but not tried: the next round takes it. */
	void release() {
		this.claimedUntil = null;
	}

	void sent(Instant now) {
		this.claimedUntil = null;
		this.status = Status.SENT;
		this.attempts++;
		this.sentAt = now;
		this.lastError = null;
		if (this.confidential) {
			this.bodyText = null;
			this.bodyHtml = null;
		}
		if (this.forgetOnceSent) {
			forget(now);
		}
	}

	/**
	 * The relay refused the message (an address, its size) or it could not be written:
	 * the message's own fault, so it backs off and, after the last attempt, fails.
	 */
	void failed(String error, Instant now) {
		this.claimedUntil = null;
		this.attempts++;
		// An SMTP error quotes the address; an erased recipient's must not come back.
		this.lastError = isForgotten() ? null : error;
		if (this.attempts > BACKOFF.size() || isForgotten()) {
			this.status = Status.FAILED;
			if (this.forgetOnceSent) {
				forget(now);
			}
		}
		else {
			this.nextAttemptAt = now.plus(BACKOFF.get(this.attempts - 1));
		}
	}

	/**
	 * The relay could not be reached or stopped answering: not the message's fault, so it
	 * is not charged an attempt and stays due, and it goes as soon as the relay answers
	 * again instead of waiting out a back-off. One whose recipient was erased meanwhile
	 * is given up, nothing is left to send.
	 */
	void relayUnavailable(String error) {
		this.claimedUntil = null;
		if (isForgotten()) {
			this.status = Status.FAILED;
		}
		else {
			this.lastError = error;
		}
	}

	/** Whether a sender is delivering it right now. */
	boolean isClaimed(Instant now) {
		return this.claimedUntil != null && this.claimedUntil.isAfter(now);
	}

	/**
	 * The recipient was erased: only the fact that a message was (or was to be) sent and
	 * when remains. Recipient, subject, bodies, the last error (an SMTP error quotes the
	 * address), headers (the unsubscribe link) and attachments (the calendar entry holds
	 * name and address) go; the template's name stays, it says what kind of mail it was,
	 * nothing about the person. A queued message is deleted instead (see
	 * {@link MailOutbox#forget}).
	 */
	void forget(Instant now) {
		this.recipient = null;
		this.subject = null;
		this.bodyText = null;
		this.bodyHtml = null;
		this.lastError = null;
		this.headers.clear();
		this.attachments.clear();
		this.forgottenAt = now;
	}

	/**
	 * Whether a message has nothing left to send: it went out or its recipient was
	 * erased.
	 */
	boolean isFinal() {
		return this.status == Status.SENT || this.forgottenAt != null;
	}

	/** An admin asks for another try now, after fixing whatever made it fail. */
	void retry(Instant now) {
		if (!isFinal()) {
			this.status = Status.QUEUED;
			this.nextAttemptAt = now;
			// A fresh series of attempts: one more hiccup must back off, not fail at
			// once.
			this.attempts = 0;
		}
	}

	public Long getId() {
		return this.id;
	}

	public String getMessageId() {
		return this.messageId;
	}

	/** {@code null} once the recipient was erased. */
	public @Nullable String getRecipient() {
		return this.recipient;
	}

	/** {@code null} once the recipient was erased. */
	public @Nullable String getSubject() {
		return this.subject;
	}

	/** {@code null} once the recipient was erased. */
	public @Nullable String getBodyText() {
		return this.bodyText;
	}

	/** {@code null} once the recipient was erased. */
	public @Nullable String getBodyHtml() {
		return this.bodyHtml;
	}

	public String getTemplate() {
		return this.template;
	}

	public Status getStatus() {
		return this.status;
	}

	public int getAttempts() {
		return this.attempts;
	}

	public Instant getNextAttemptAt() {
		return this.nextAttemptAt;
	}

	public String getLastError() {
		return this.lastError;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

	boolean isTimeCritical() {
		return this.timeCritical;
	}

	boolean isForgetOnceSent() {
		return this.forgetOnceSent;
	}

	/** When the recipient was erased; {@code null} while the message is whole. */
	public @Nullable Instant getForgottenAt() {
		return this.forgottenAt;
	}

	/** Whether the text carries a credential that only its recipient may read. */
	public boolean isConfidential() {
		return this.confidential;
	}

	public boolean isForgotten() {
		return this.forgottenAt != null;
	}

	/**
	 * Whether the office may read the text and the HTML: not once the recipient is
	 * forgotten, and a credential only where no mail server can deliver it, so that the
	 * office hands the link over itself.
	 */
	public boolean isReadableByTheOffice(boolean smtpConfigured) {
		return !isForgotten() && !(this.confidential && (smtpConfigured || this.bodyText == null));
	}

	/**
	 * Whether it was forgotten because such mail is not kept, its recipient not erased.
	 */
	public boolean isNotKept() {
		return this.notKept;
	}

	public Map<String, String> getHeaders() {
		return Map.copyOf(this.headers);
	}

	public List<OutgoingMail.Attachment> getAttachments() {
		return this.attachments.stream()
			.map((stored) -> new OutgoingMail.Attachment(stored.filename, stored.contentType, stored.content))
			.toList();
	}

	@Embeddable
	static class StoredAttachment {

		private String filename;

		private String contentType;

		private byte[] content;

		protected StoredAttachment() {
		}

		StoredAttachment(String filename, String contentType, byte[] content) {
			this.filename = filename;
			this.contentType = contentType;
			this.content = content;
		}

	}

}
