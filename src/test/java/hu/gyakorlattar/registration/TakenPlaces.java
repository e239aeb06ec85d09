package hu.gyakorlattar.registration;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Registrations that hold places of the registration capacity until freed, as slow ones
 * would: a test fills the places (and with {@link #oneWaiting} the queue), then frees
 * them. Closing frees them too and waits for every registration to end.
 */
final class TakenPlaces implements AutoCloseable {

	private final RegistrationCapacity capacity;

	private final CountDownLatch freed = new CountDownLatch(1);

	private final ExecutorService registrations = Executors.newCachedThreadPool();

	private TakenPlaces(RegistrationCapacity capacity) {
		this.capacity = capacity;
	}

	/** Takes this many places and returns once every one is taken. */
	static TakenPlaces take(RegistrationCapacity capacity, int places) throws InterruptedException {
		TakenPlaces taken = new TakenPlaces(capacity);
		CountDownLatch holding = new CountDownLatch(places);
		for (int i = 0; i < places; i++) {
			taken.registrations.submit(() -> capacity.register(() -> {
				holding.countDown();
				try {
					taken.freed.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return null;
			}));
		}
		if (!holding.await(10, TimeUnit.SECONDS)) {
			taken.close();
			throw new IllegalStateException("The places were not all taken within 10 s");
		}
		return taken;
	}

	/**
	 * One more registration, which waits in the queue for a place; "waited" once it ran.
	 */
	Future<String> oneWaiting() {
		return this.registrations.submit(() -> this.capacity.register(() -> "waited"));
	}

	void free() {
		this.freed.countDown();
	}

	@Override
	public void close() throws InterruptedException {
		free();
		this.registrations.shutdown();
		if (!this.registrations.awaitTermination(10, TimeUnit.SECONDS)) {
			throw new IllegalStateException("The registrations holding places did not end within 10 s");
		}
	}

}
