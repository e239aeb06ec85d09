package hu.gyakorlattar.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What an operator alerts on about mail, as Micrometer meters (exported wherever the
 * application's registry exports, e.g. Prometheus): how many messages wait
 * ({@code gyakorlattar.mail.outbox.backlog}), how long the oldest has waited
 * ({@code gyakorlattar.mail.outbox.oldest.age}), and sends that failed
 * ({@code gyakorlattar.mail.sends.failed}, tagged {@code reason=refused} when the relay
 * refused the message and {@code reason=relay} when the relay was unavailable). Without a
 * registry nothing is measured and nothing fails.
 */
@Component
class OutboxMeters {

	private final @Nullable Counter refused;

	private final @Nullable Counter relayUnavailable;

	OutboxMeters(ObjectProvider<MeterRegistry> registries, OutboxRepository outbox, Clock clock) {
		MeterRegistry registry = registries.getIfAvailable();
		if (registry == null) {
			this.refused = null;
			this.relayUnavailable = null;
			return;
		}
		Gauge
			.builder("gyakorlattar.mail.outbox.backlog", outbox,
					(messages) -> messages.countByStatus(OutboxMessage.Status.QUEUED))
			.description("Messages in the outbox waiting to be sent")
			.baseUnit("messages")
			.register(registry);
		TimeGauge.builder("gyakorlattar.mail.outbox.oldest.age", outbox, TimeUnit.SECONDS, (messages) -> {
			Instant oldest = messages.findOldestQueuedCreatedAt();
			return (oldest != null) ? Math.max(0, Duration.between(oldest, clock.instant()).toSeconds()) : 0;
		}).description("How long the oldest message waiting in the outbox has waited").register(registry);
		this.refused = failedSends(registry, "refused");
		this.relayUnavailable = failedSends(registry, "relay");
	}

	private static Counter failedSends(MeterRegistry registry, String reason) {
		return Counter.builder("gyakorlattar.mail.sends.failed")
			.description("Attempts to send a message that failed")
			.tag("reason", reason)
			.register(registry);
	}

	/** The relay refused the message, or it could not be built. */
	void refused() {
		if (this.refused != null) {
			this.refused.increment();
		}
	}

	/** The relay could not be reached or stopped answering. */
	void relayUnavailable() {
		if (this.relayUnavailable != null) {
			this.relayUnavailable.increment();
		}
	}

}
