package hu.gyakorlattar.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import hu.gyakorlattar.shared.NotFound;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to send an e-mail. {@link #queue} must run inside the transaction of the
 * change that causes the mail: if that change rolls back, so does the mail; if it
 * commits, the mail is stored and will be sent. Admins look into the outbox and send a
 * message again through the other methods.
 */
@Service
public class MailOutbox {

	/** Ids per counting query, well below PostgreSQL's limit on bind parameters. */
	private static final int COUNT_CHUNK = 10_000;

	private final OutboxRepository outbox;

	private final OutboxInserts inserts;

	private final MailTemplates templates;

	private final Envelope envelope;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MailOutbox(OutboxRepository outbox, OutboxInserts inserts, MailTemplates templates, Envelope envelope,
			ApplicationEventPublisher events, Clock clock) {
		this.outbox = outbox;
		this.inserts = inserts;
		this.templates = templates;
		this.envelope = envelope;
		this.events = events;
		this.clock = clock;
	}

	/** Renders the mail now and stores it for sending; returns its outbox id. */
	@Transactional(propagation = Propagation.MANDATORY)
	public long queue(OutgoingMail mail) {
		return this.inserts.insert(render(mail));
	}

	/**
	 * Renders a mail before the transaction that will queue it, so that the transaction
	 * (and the locks and the connection it holds) does not wait for the templates: on a
	 * burst of registrations the rendering was a third of the transaction's time.
	 */
	public PreparedMail prepare(OutgoingMail mail) {
		return new PreparedMail(mail, this.templates.render(mail));
	}

	/** Stores a mail rendered by {@link #prepare} for sending; returns its outbox id. */
	@Transactional(propagation = Propagation.MANDATORY)
	public long queue(PreparedMail mail) {
		return this.inserts.insert(message(mail.mail(), mail.rendered()));
	}

	/**
	 * Queues the last mail to a person who is being erased (e.g. the calendar entry's
	 * cancellation): it goes out like any other, and as soon as it went out or was given
	 * up only the fact remains, as {@link #forget} leaves it. {@link #forget} in the same
	 * transaction does not delete it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long queueThenForget(OutgoingMail mail) {
		return this.inserts.insert(render(mail).forgettingOnceSent());
	}

	/**
	 * Queues a mail that is not kept once it went out (or was given up), such as a
	 * visitor's message forwarded to a practice's contact: only the fact that it was sent
	 * and when remains, as for an erased recipient, and the office reads that it was not
	 * kept.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long queueWithoutKeeping(OutgoingMail mail) {
		return this.inserts.insert(render(mail).notKept());
	}

	/**
	 * Queues a mail that carries a credential, such as a one-use link to set a password:
	 * the office sees to whom and when it went, never its text (with a mail server
	 * configured), and once it went out its text is gone, so nobody who reads the outbox
	 * can use the link in the recipient's place.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long queueConfidential(OutgoingMail mail) {
		return this.inserts.insert(render(mail).confidential());
	}

	/**
	 * The mail as its recipient would read it, without queueing it: what an office sees
	 * before it sends.
	 */
	public RenderedMail preview(OutgoingMail mail) {
		return this.templates.render(mail);
	}

	/** The mail as the outbox stores it: rendered, with its Message-ID. */
	OutboxMessage render(OutgoingMail mail) {
		return message(mail, this.templates.render(mail));
	}

	private OutboxMessage message(OutgoingMail mail, RenderedMail rendered) {
		return new OutboxMessage(this.envelope.newMessageId(), mail.recipient(), rendered.subject(), rendered.text(),
				rendered.html(), mail.template(), this.clock.instant())
			.withExtras(mail.headers(), mail.attachments())
			.timeCritical(mail.timeCritical());
	}

	/**
	 * The person behind an address was erased (GDPR art. 17), so the outbox forgets them:
	 * a message not yet sent is deleted (it must not reach them later), one sent or given
	 * up keeps only that it was sent and when (see {@link OutboxMessage#forget}); the
	 * admin's view shows an erased recipient. Addresses are compared trimmed and in lower
	 * case. Modules that keep the address beside their mail learn of it from
	 * {@link RecipientForgotten}, in this transaction. Must run in the erasure's
	 * transaction, by the module that erases; messages queued by {@link #queueThenForget}
	 * wait to be sent.
	 * @return how many messages were deleted or emptied
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int forget(String recipientAddress) {
		String address = normalised(recipientAddress);
		Instant now = this.clock.instant();
		int forgotten = 0;
		for (OutboxMessage message : this.outbox.findLockedByAddress(address)) {
			if (message.getStatus() == OutboxMessage.Status.QUEUED && message.isClaimed(now)) {
				// A sender is delivering it right now: its outcome is what is forgotten.
				if (!message.isForgotten()) {
					message.forget(now);
					forgotten++;
				}
			}
			else if (message.getStatus() == OutboxMessage.Status.QUEUED) {
				if (!message.isForgetOnceSent()) {
					this.outbox.delete(message);
					forgotten++;
				}
			}
			else if (!message.isForgotten()) {
				message.forget(now);
				forgotten++;
			}
		}
		this.events.publishEvent(new RecipientForgotten(address));
		return forgotten;
	}

	static String normalised(String address) {
		return address.strip().toLowerCase(Locale.ROOT);
	}

	/** How many messages wait, went out, or were given up; every status is present. */
	@Transactional(readOnly = true)
	public Map<OutboxMessage.Status, Long> countByStatus() {
		Map<OutboxMessage.Status, Long> counts = new EnumMap<>(OutboxMessage.Status.class);
		for (OutboxMessage.Status status : OutboxMessage.Status.values()) {
			counts.put(status, this.outbox.countByStatus(status));
		}
		return counts;
	}

	/**
	 * How the given messages stand, e.g. those of one invitation campaign; every status
	 * is present. Messages purged after the retention period are not counted.
	 */
	@Transactional(readOnly = true)
	public Map<OutboxMessage.Status, Long> countByStatus(Collection<Long> ids) {
		Map<OutboxMessage.Status, Long> counts = new EnumMap<>(OutboxMessage.Status.class);
		for (OutboxMessage.Status status : OutboxMessage.Status.values()) {
			counts.put(status, 0L);
		}
		List<Long> all = List.copyOf(ids);
		for (int from = 0; from < all.size(); from += COUNT_CHUNK) {
			for (Object[] row : this.outbox
				.countStatusesAmong(all.subList(from, Math.min(all.size(), from + COUNT_CHUNK)))) {
				counts.merge((OutboxMessage.Status) row[0], ((Number) row[1]).longValue(), Long::sum);
			}
		}
		return counts;
	}

	/**
	 * One page of the outbox, newest first, optionally only the messages in one status.
	 */
	@Transactional(readOnly = true)
	public Page<OutboxMessage> messages(OutboxMessage.@Nullable Status status, PageRequest page) {
		return (status != null) ? this.outbox.findByStatusOrderByCreatedAtDescIdDesc(status, page)
				: this.outbox.findAllByOrderByCreatedAtDescIdDesc(page);
	}

	@Transactional(readOnly = true)
	public Optional<OutboxMessage> message(long id) {
		return this.outbox.findById(id);
	}

	/** The file names of a message's attachments, as its recipient sees them listed. */
	@Transactional(readOnly = true)
	List<String> attachmentNames(long id) {
		return this.outbox.attachmentNames(id);
	}

	/**
	 * An admin asks for another attempt now, typically after the SMTP relay or the
	 * address was fixed. Answers {@code false} for a message that already went out
	 * (sending it again would deliver it twice) or whose recipient was erased (nothing is
	 * left to send, and they must not get it).
	 * @throws NotFound if there is no such message
	 */
	@Transactional
	public boolean retry(long id) {
		OutboxMessage message = this.outbox.findLockedById(id).orElseThrow(NotFound::new);
		if (message.isFinal()) {
			return false;
		}
		message.retry(this.clock.instant());
		return true;
	}

}
