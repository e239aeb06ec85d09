package hu.gyakorlattar.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.util.Assert;

/**
 * A clock a test can stop and move, so it can jump past a backoff or a deadline instead
 * of waiting for it. Stopped, it stands at an instant in whole milliseconds, so that
 * instants survive a round trip through PostgreSQL unchanged; a test moves it relative to
 * {@link #instant()}, never to a fixed date. Running, it tells the real time, as the
 * application's own clock does.
 *
 * <p>
 * Every {@link ApplicationTest} has one as the application's clock
 * ({@link InTheContext}), running, so that the classes that move time share the context
 * of those that do not. A class that moves it is annotated {@link Stopped}: each of its
 * tests finds it standing at the real now and leaves it running again. A clock made with
 * {@code new} (a unit test's, or a context of a test's own) stands still from the start.
 */
public class AdjustableClock extends Clock {

	/** Null while the clock runs. */
	private volatile Instant stoppedAt;

	/** A clock standing still at the real now. */
	public AdjustableClock() {
		stop();
	}

	/** Stands still at the real now. */
	public void stop() {
		this.stoppedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
	}

	/** Tells the real time again. */
	public void run() {
		this.stoppedAt = null;
	}

	public void advance(Duration duration) {
		Instant at = this.stoppedAt;
		Assert.state(at != null, "Only a stopped clock moves (AdjustableClock.Stopped)");
		this.stoppedAt = at.plus(duration);
	}

	@Override
	public Instant instant() {
		Instant at = this.stoppedAt;
		return (at != null) ? at : Instant.now();
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The application works in UTC instants");
	}

	/** The application's clock in every {@link ApplicationTest}, running. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class InTheContext {

		@Bean
		@Primary
		AdjustableClock adjustableClock() {
			AdjustableClock clock = new AdjustableClock();
			clock.run();
			return clock;
		}

	}

	/**
	 * A test class whose tests each find the application's clock stopped at the real now,
	 * and leave it running for the classes that share the context.
	 */
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	@Inherited
	@ExtendWith(StoppedForEachTest.class)
	public @interface Stopped {

	}

	static final class StoppedForEachTest implements BeforeEachCallback, AfterEachCallback {

		@Override
		public void beforeEach(ExtensionContext context) {
			clock(context).stop();
		}

		@Override
		public void afterEach(ExtensionContext context) {
			clock(context).run();
		}

		private static AdjustableClock clock(ExtensionContext context) {
			return SpringExtension.getApplicationContext(context).getBean(AdjustableClock.class);
		}

	}

}
