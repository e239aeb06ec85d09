package hu.gyakorlattar.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an operator alerts on for the day-before join links: how many are planned (not yet
 * sent), how many went out, and how many are overdue (due more than five minutes ago and
 * still unsent: the sender is stuck or the relay is down). Counted in the database on
 * each scrape, so every instance reports the same totals (take the maximum, not the sum).
 */
@Component
class DayBeforeLinkMeters implements MeterBinder {

	static final String NAME = "gyakorlattar.day.before.links";

	private static final Duration OVERDUE = Duration.ofMinutes(5);

	private final JdbcClient jdbc;

	private final Clock clock;

	DayBeforeLinkMeters(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		gauge(registry, "planned", "Day-before join links waiting for their time", () -> count("sent_at is null"));
		gauge(registry, "sent", "Day-before join links sent", () -> count("sent_at is not null"));
		gauge(registry, "overdue", "Day-before join links due more than five minutes ago and not sent",
				() -> count("sent_at is null and due_at < :overdueBefore"));
	}

	private static void gauge(MeterRegistry registry, String state, String description, Supplier<Number> count) {
		Gauge.builder(NAME, count).tag("state", state).description(description).register(registry);
	}

	private long count(String condition) {
		return this.jdbc
			.sql("select count(*) from registration_scheduled_mail where kind = 'DAY_BEFORE_LINK' and " + condition)
			.param("overdueBefore", OffsetDateTime.ofInstant(this.clock.instant().minus(OVERDUE), ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

}
