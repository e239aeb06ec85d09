package hu.gyakorlattar.registration;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * As many registrations wait for a place as work; one more is refused at once, not after
 * the queue's wait, and a waiting one gets the place that frees up.
 */
class RegistrationCapacityQueueTests {

	@Test
	void aRegistrationThatFindsTheQueueFullIsRefusedAtOnceAndAWaitingOneGetsTheFreedPlace() throws Exception {
		RegistrationCapacity capacity = new RegistrationCapacity(properties(1, Duration.ofSeconds(30)));
		CountDownLatch working = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(1);
		ExecutorService others = Executors.newFixedThreadPool(2);
		try {
			others.submit(() -> capacity.register(() -> {
				working.countDown();
				try {
					done.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return "first";
			}));
			assertThat(working.await(10, TimeUnit.SECONDS)).isTrue();
			AtomicReference<Thread> waiter = new AtomicReference<>();
			Future<String> waiting = others.submit(() -> {
				waiter.set(Thread.currentThread());
				return capacity.register(() -> "waiting");
			});
			await().atMost(Duration.ofSeconds(10))
				.until(() -> waiter.get() != null && waiter.get().getState() == Thread.State.TIMED_WAITING);

			long refusing = System.nanoTime();
			assertThatExceptionOfType(RegistrationCapacity.Busy.class)
				.isThrownBy(() -> capacity.register(() -> "one too many"));
			assertThat(Duration.ofNanos(System.nanoTime() - refusing)).isLessThan(Duration.ofSeconds(5));

			done.countDown();
			assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo("waiting");
		}
		finally {
			done.countDown();
			others.shutdownNow();
		}
	}

	private static RegistrationProperties properties(int concurrency, Duration queueWait) {
		return new RegistrationProperties(LocalTime.of(10, 0), List.of(Duration.ofHours(1)), Duration.ofSeconds(30), 20,
				"1", Duration.ofDays(365), 20, 5, Duration.ofDays(7), Duration.ofHours(2), Duration.ofMinutes(10),
				concurrency, queueWait);
	}

}
