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

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
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
 * ({@link InTheContext}), running. A class that moves it is annotated {@link Stopped}:
 * the classes that move time share a context of their own, whose clock stands still
 * ({@link StandingStill}), so that the classes that run beside them never find the time
 * moved. Each of their tests finds it stopped at the real now, and they run one at a time
 * ({@link #STOPPED}). A clock made with {@code new} (a unit test's, or a context of a
 * test's own) stands still from the start.
 */
public class AdjustableClock extends Clock {

	/**
	 * The lock the {@link Stopped} classes take when test classes run side by side: they
	 * share their context's clock, so one moves it at a time.
	 */
	public static final String STOPPED = "hu.gyakorlattar.shared.AdjustableClock.Stopped";

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
	 * A test class that moves the application's clock: it runs in a context whose clock
	 * stands still, shared with the other such classes, one at a time, and each of its
	 * tests finds the clock stopped at the real now.
	 */
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	@Inherited
	@Import(StandingStill.class)
	@ExtendWith(StoppedForEachTest.class)
	@ResourceLock(STOPPED)
	public @interface Stopped {

	}

	/** The clock of the {@link Stopped} classes' context stands still from the start. */
	@TestConfiguration(proxyBeanMethods = false)
	static class StandingStill {

		@Bean
		InitializingBean clockStandingStill(AdjustableClock clock) {
			return clock::stop;
		}

	}

	static final class StoppedForEachTest implements BeforeEachCallback {

		@Override
		public void beforeEach(ExtensionContext context) {
			SpringExtension.getApplicationContext(context).getBean(AdjustableClock.class).stop();
		}

	}

}
