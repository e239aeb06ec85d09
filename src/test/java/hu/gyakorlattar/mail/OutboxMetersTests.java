package hu.gyakorlattar.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The outbox as an operator's dashboard reads it: the backlog, how long the oldest
 * waiting mail has waited, and the failed sends by reason.
 */
class OutboxMetersTests {

	private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

	private final OutboxRepository outbox = mock(OutboxRepository.class);

	private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	@Test
	void theBacklogTheOldestMailsAgeAndTheFailedSendsAreMeasured() {
		MeterRegistry registry = new SimpleMeterRegistry();
		given(this.outbox.countByStatus(OutboxMessage.Status.QUEUED)).willReturn(42L);
		given(this.outbox.findOldestQueuedCreatedAt()).willReturn(NOW.minusSeconds(21 * 60));
		OutboxMeters meters = new OutboxMeters(registries(registry), this.outbox, this.clock);

		meters.refused();
		meters.relayUnavailable();
		meters.relayUnavailable();

		assertThat(registry.get("gyakorlattar.mail.outbox.backlog").gauge().value()).isEqualTo(42);
		assertThat(registry.get("gyakorlattar.mail.outbox.oldest.age").timeGauge().value(TimeUnit.MINUTES))
			.isEqualTo(21);
		assertThat(registry.get("gyakorlattar.mail.sends.failed").tag("reason", "refused").counter().count())
			.isEqualTo(1);
		assertThat(registry.get("gyakorlattar.mail.sends.failed").tag("reason", "relay").counter().count())
			.isEqualTo(2);
	}

	@Test
	void anEmptyOutboxHasNoAge() {
		MeterRegistry registry = new SimpleMeterRegistry();
		new OutboxMeters(registries(registry), this.outbox, this.clock);

		assertThat(registry.get("gyakorlattar.mail.outbox.oldest.age").timeGauge().value(TimeUnit.SECONDS)).isZero();
	}

	@Test
	void withoutARegistryNothingIsMeasuredAndNothingFails() {
		OutboxMeters meters = new OutboxMeters(new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class),
				this.outbox, this.clock);

		meters.refused();
		meters.relayUnavailable();
	}

	private static org.springframework.beans.factory.ObjectProvider<MeterRegistry> registries(MeterRegistry registry) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("meterRegistry", registry);
		return beans.getBeanProvider(MeterRegistry.class);
	}

}
