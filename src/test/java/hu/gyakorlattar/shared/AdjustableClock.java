package hu.gyakorlattar.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock that stands still until a test moves it, so a test can jump past a backoff or a
 * deadline instead of waiting for it. Starts at the real now, in whole milliseconds so
 * that instants survive a round trip through PostgreSQL unchanged. A test imports
 * {@link InTheContext} to give the application one; every test that does shares the same
 * context (and the same clock: a test moves time relative to {@link #instant()}, never to
 * a fixed date).
 */
public class AdjustableClock extends Clock {

	private volatile Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The application works in UTC instants");
	}

	/** The application's clock, for every test that imports this. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class InTheContext {

		@Bean
		@Primary
		AdjustableClock adjustableClock() {
			return new AdjustableClock();
		}

	}

}
