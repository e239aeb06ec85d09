package hu.gyakorlattar.registration;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.util.Assert;

/**
 * How many registrations this instance works on at once (rate limits, the confirmation
 * mail's rendering and the transaction), and how many may wait for a place. Profiled on a
 * burst of 5,000 registrations in 30 s, two hundred request threads queued for ten pooled
 * connections three times per registration (twice for the rate limits, now counted in one
 * statement, once for the transaction) and for Spring's method caches while rendering the
 * mail: every request waited, p99 19 s. Now as many wait as work, in one fair queue, each
 * at most {@code queueWait}; a registration that finds the queue full, or whose wait runs
 * out, is answered at once that the service is busy, to send again after
 * {@link #RETRY_AFTER}: nothing of it was stored, and its thread is free for the next
 * request instead of waiting with it. Too few places starve the registrations of the CPU
 * they share with everything else (8 places: 50 registrations/s against 95/s with 32).
 */
@Component
class RegistrationCapacity {

	/** When a refused registration may be sent again. */
	static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	private final Semaphore places;

	private final int queueLength;

	private final Duration queueWait;

	RegistrationCapacity(RegistrationProperties properties) {
		Assert.isTrue(properties.concurrency() > 0, "gyakorlattar.registration.concurrency must be at least 1");
		this.places = new Semaphore(properties.concurrency(), true);
		this.queueLength = properties.concurrency();
		this.queueWait = properties.queueWait();
	}

	/**
	 * Runs the registration when a place frees up within the queue's wait.
	 * @throws Busy when the queue was full or no place freed up; the registration did not
	 * run
	 */
	<T> T register(Supplier<T> registration) {
		if (queueFull()) {
			throw new Busy();
		}
		boolean admitted;
		try {
			admitted = this.places.tryAcquire(this.queueWait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Busy();
		}
		if (!admitted) {
			throw new Busy();
		}
		try {
			return registration.get();
		}
		finally {
			this.places.release();
		}
	}

	/** Whether a registration arriving now would be refused at once. */
	boolean queueFull() {
		return this.places.getQueueLength() >= this.queueLength;
	}

	/** Every place stayed taken for as long as a registration may wait. */
	static class Busy extends RuntimeException {

		Busy() {
			super("Every registration place stayed taken", null, false, false);
		}

	}

}
