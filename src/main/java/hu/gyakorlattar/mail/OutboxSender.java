package hu.gyakorlattar.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due messages one at a time, never holding a database transaction across the
 * network: claim the next few rows ({@code FOR UPDATE SKIP LOCKED}) and mark them claimed
 * in one short transaction, send each over SMTP with no transaction open, record each
 * outcome in a transaction of its own. A claimed row is left alone by every other sender
 * (thread or app instance) until its claim ends, so each message goes once; a crash
 * mid-send re-sends at most the one message in flight, once its claim ran out (the others
 * claimed with it wait for their claim to run out too, but they were not sent). Each
 * message keeps its Message-ID across attempts, so a receiving server can recognise that
 * one re-send. Without an SMTP server configured there is no {@link JavaMailSender} and
 * nothing leaves the outbox.
 * <p>
 * It runs on a thread of its own ({@code mail-sender}), so a slow or hanging relay never
 * delays the application's scheduled jobs, and the SMTP timeouts ({@link SmtpTimeouts})
 * bound how long it waits. When the relay is unreachable the round ends and the message
 * is not charged an attempt ({@link OutboxMessage#relayUnavailable}): the next round, a
 * poll interval later, tries again, so the queue drains as soon as the relay answers,
 * time-critical mail first.
 * <p>
 * A burst of due messages shares one SMTP connection ({@link SmtpConnection}): opening a
 * connection per message cost about 50 ms each and capped the sender at about 17 mails
 * per second.
 */
@Component
class OutboxSender implements SmartLifecycle {

	/**
	 * How long a claim holds unless renewed: a sender renews the claims of its batch at
	 * half time, so only one that died mid-batch lets a message wait this long (a
	 * day-before link is at most this late after a crash).
	 */
	static final Duration CLAIM = Duration.ofMinutes(2);

	/** How long a sent message's record is retried while the database refuses it. */
	private static final Duration RECORD_PATIENCE = Duration.ofMinutes(1);

	/** Messages claimed together: a few dozen milliseconds of sending. */
	static final int BATCH = 20;

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final OutboxRepository outbox;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final TransactionTemplate transaction;

	private final Envelope envelope;

	private final MailProperties properties;

	private final OutboxMeters meters;

	private final Clock clock;

	private @Nullable ScheduledExecutorService thread;

	/** Whether the last round found the relay unavailable, to log an outage once. */
	private volatile boolean relayDown;

	/** Set by {@link #stop()}: the round ends after the message in flight. */
	private volatile boolean stopping;

	OutboxSender(OutboxRepository outbox, ObjectProvider<JavaMailSender> mailSender, TransactionTemplate transaction,
			Envelope envelope, MailProperties properties, OutboxMeters meters, Clock clock) {
		this.outbox = outbox;
		this.mailSender = mailSender;
		this.transaction = transaction;
		this.envelope = envelope;
		this.properties = properties;
		this.meters = meters;
		this.clock = clock;
	}

	boolean smtpConfigured() {
		return this.mailSender.getIfAvailable() != null;
	}

	@Override
	public synchronized void start() {
		this.stopping = false;
		this.thread = Executors.newSingleThreadScheduledExecutor(new CustomizableThreadFactory("mail-sender-"));
		this.thread.scheduleWithFixedDelay(this::poll, 2_000, this.properties.pollInterval().toMillis(),
				TimeUnit.MILLISECONDS);
	}

	/**
	 * Lets the message in flight finish (the SMTP timeouts bound it), then stops; the
	 * outbox keeps the rest for the next start.
	 */
	@Override
	public synchronized void stop() {
		if (this.thread == null) {
			return;
		}
		this.stopping = true;
		this.thread.shutdown();
		try {
			MailProperties.Smtp smtp = this.properties.smtp();
			long bound = smtp.connectTimeout().plus(smtp.readTimeout()).plus(smtp.writeTimeout()).toMillis();
			if (!this.thread.awaitTermination(bound, TimeUnit.MILLISECONDS)) {
				this.thread.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			this.thread.shutdownNow();
			Thread.currentThread().interrupt();
		}
		this.thread = null;
	}

	@Override
	public synchronized boolean isRunning() {
		return this.thread != null;
	}

	/** A failing round (the database gone, say) must not end the polling. */
	private void poll() {
		try {
			sendDue();
		}
		catch (RuntimeException ex) {
			log.warn("Sending the outbox failed; trying again in {}", this.properties.pollInterval(), ex);
		}
	}

	void sendDue() {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			return;
		}
		Session session = sender.createMimeMessage().getSession();
		int handled = 0;
		try (SmtpConnection smtp = new SmtpConnection(sender)) {
			List<Claimed> claimed;
			boolean relayAnswers = true;
			while (relayAnswers && !this.stopping && !(claimed = claimDue(session)).isEmpty()) {
				handled += claimed.size();
				int delivered = 0;
				Instant renewAt = this.clock.instant().plus(CLAIM.dividedBy(2));
				try {
					while (relayAnswers && !this.stopping && delivered < claimed.size()) {
						if (this.clock.instant().isAfter(renewAt)) {
							renew(claimed.subList(delivered, claimed.size()));
							renewAt = this.clock.instant().plus(CLAIM.dividedBy(2));
						}
						relayAnswers = deliver(smtp, claimed.get(delivered++));
					}
				}
				finally {
					release(claimed.subList(delivered, claimed.size()));
				}
			}
		}
		if (handled > 0 && !this.relayDown) {
			log.info("Worked through {} due outbox message(s); refused ones are retried with backoff", handled);
		}
	}

	/**
	 * Claims the next due messages and builds them for SMTP, in one short transaction; a
	 * message that cannot be built fails there, without a claim. One transaction per
	 * {@link #BATCH} messages instead of one each: committing a claim for every message
	 * was half of what the sender waited for.
	 */
	private List<Claimed> claimDue(Session session) {
		return this.transaction.execute((status) -> {
			Instant now = this.clock.instant();
			return this.outbox.claimDue(now, BATCH).stream().map((message) -> {
				if (message.isForgotten()) {
					// Its recipient was erased while a sender that died held it.
					message.failed(null, now);
					return new Claimed(message.getId(), null);
				}
				try {
					MimeMessage mime = this.envelope.wrap(session, message, now);
					message.claim(now.plus(CLAIM));
					return new Claimed(message.getId(), mime);
				}
				catch (MessagingException | RuntimeException ex) {
					log.warn("Outbox message {} cannot be built for sending: {}", message.getId(), ex.getMessage());
					this.meters.refused();
					message.failed(ex.getMessage(), now);
					return new Claimed(message.getId(), null);
				}
			}).toList();
		});
	}

	/** A slow relay must not let the batch's later claims run out while it waits. */
	private void renew(List<Claimed> waiting) {
		List<Long> ids = waiting.stream().filter((claimed) -> claimed.mime() != null).map(Claimed::id).toList();
		Instant until = this.clock.instant().plus(CLAIM);
		this.transaction
			.executeWithoutResult((status) -> this.outbox.findAllById(ids).forEach((message) -> message.claim(until)));
	}

	/**
	 * Gives back the claims of messages this round did not get to (the relay went away,
	 * or the sender is stopping), so that the next round sends them instead of their
	 * waiting for the claim to run out.
	 */
	private void release(List<Claimed> undelivered) {
		List<Long> ids = undelivered.stream().filter((claimed) -> claimed.mime() != null).map(Claimed::id).toList();
		if (!ids.isEmpty()) {
			this.transaction
				.executeWithoutResult((status) -> this.outbox.findAllById(ids).forEach(OutboxMessage::release));
		}
	}

	/**
	 * Sends the claimed message with no transaction open and records the outcome; answers
	 * whether the round may go on, that is whether the relay is there.
	 */
	private boolean deliver(SmtpConnection smtp, Claimed claimed) {
		if (claimed.mime() == null) {
			return true;
		}
		try {
			smtp.send(claimed.mime());
			recordSent(claimed.id());
			if (this.relayDown) {
				this.relayDown = false;
				log.info("The SMTP relay answers again; the waiting mail goes out, time-critical first");
			}
			return true;
		}
		catch (SmtpConnection.RelayUnavailable ex) {
			this.meters.relayUnavailable();
			if (!this.relayDown) {
				this.relayDown = true;
				log.warn("The SMTP relay is unavailable ({}); mail waits and is tried again every {}", described(ex),
						this.properties.pollInterval());
			}
			record(claimed.id(), (message) -> message.relayUnavailable(described(ex)));
			return false;
		}
		catch (MessagingException | MailException ex) {
			String error = described(ex);
			this.meters.refused();
			log.warn("Sending outbox message {} failed: {}", claimed.id(), error);
			record(claimed.id(), (message) -> message.failed(error, this.clock.instant()));
			return true;
		}
	}

	/**
	 * What went wrong, with the causes Jakarta Mail chains: "Invalid Addresses" alone
	 * hides the relay's "550 5.1.1 No such user here".
	 */
	static String described(Exception failure) {
		StringBuilder text = new StringBuilder(String.valueOf(failure.getMessage()));
		Throwable cause = failure.getCause();
		for (int depth = 0; cause != null && depth < 5; depth++, cause = cause.getCause()) {
			if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
				text.append("; ").append(cause.getMessage());
			}
		}
		return text.toString();
	}

	/**
	 * Records that the relay took the message, retried while the database refuses (a pool
	 * a burst exhausted, a restart): a lost record would send the message again once its
	 * claim ran out.
	 */
	private void recordSent(long id) {
		long giveUp = System.nanoTime() + RECORD_PATIENCE.toNanos();
		long pause = 50;
		while (true) {
			try {
				record(id, (message) -> message.sent(this.clock.instant()));
				return;
			}
			catch (DataAccessException | TransactionException ex) {
				if (System.nanoTime() > giveUp) {
					throw ex;
				}
				log.warn("Recording outbox message {} as sent failed ({}); trying again", id, ex.getMessage());
				try {
					Thread.sleep(pause);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw ex;
				}
				pause = Math.min(pause * 2, 2_000);
			}
		}
	}

	/** In a short transaction of its own; a message erased meanwhile is gone. */
	private void record(long id, Consumer<OutboxMessage> outcome) {
		this.transaction.executeWithoutResult((status) -> this.outbox.findById(id).ifPresent(outcome));
	}

	/**
	 * A message taken for sending; {@code mime} is null when there is nothing to send.
	 */
	private record Claimed(long id, @Nullable MimeMessage mime) {
	}

}
