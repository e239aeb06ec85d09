package hu.gyakorlattar.shared;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rate limits counted in PostgreSQL: the allowance, its sliding window, two instances
 * sharing one allowance, refunds, the purge, and a database that does not answer.
 */
@ApplicationTest
class RateLimitsTests {

	private static final Duration MINUTE = Duration.ofMinutes(1);

	@Autowired
	JdbcTemplate jdbc;

	private final AdjustableClock clock = new AdjustableClock();

	private RateLimits limits;

	private String key;

	@BeforeEach
	void atTheStartOfAMinute() {
		long intoMinute = this.clock.instant().toEpochMilli() % MINUTE.toMillis();
		this.clock.advance(Duration.ofMillis(MINUTE.toMillis() - intoMinute));
		this.limits = new RateLimits(this.jdbc, this.clock);
		this.key = "client " + UUID.randomUUID();
	}

	@Test
	void attemptsBeyondTheLimitAreRefused() {
		assertThat(attempts(this.limits, 5)).containsExactly(true, true, true, false, false);
	}

	@Test
	void eachKeyHasItsOwnAllowance() {
		attempts(this.limits, 3);
		assertThat(this.limits.admit("client " + UUID.randomUUID(), 3, MINUTE)).isTrue();
	}

	@Test
	void theAllowanceComesBackAsTheWindowSlides() {
		attempts(this.limits, 5);
		// Half a minute into the next window the last minute's 3 attempts weigh 1.5.
		this.clock.advance(Duration.ofSeconds(90));
		assertThat(attempts(this.limits, 3)).containsExactly(true, false, false);
		this.clock.advance(MINUTE);
		assertThat(attempts(this.limits, 3)).containsExactly(true, true, false);
	}

	@Test
	void twoInstancesShareOneAllowance() {
		RateLimits otherInstance = new RateLimits(this.jdbc, this.clock);
		assertThat(attempts(this.limits, 2)).containsOnly(true);
		assertThat(attempts(otherInstance, 2)).containsExactly(true, false);
		assertThat(attempts(this.limits, 1)).containsExactly(false);
	}

	@Test
	void aRefundedAttemptDoesNotCount() {
		attempts(this.limits, 3);
		this.limits.refund(this.key, MINUTE);
		assertThat(attempts(this.limits, 2)).containsExactly(true, false);
	}

	@Test
	void countsAreKeptAsHashesAndPurgedAfterTwoWindows() {
		attempts(this.limits, 2);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from rate_limit_hits where position(convert_to('client', 'UTF8') in key_hash) > 0",
				Integer.class))
			.isZero();
		assertThat(rowsOfKey()).isEqualTo(1);
		this.clock.advance(MINUTE);
		this.limits.purgeExpired();
		assertThat(rowsOfKey()).isEqualTo(1);
		this.clock.advance(MINUTE.plusSeconds(1));
		this.limits.purgeExpired();
		assertThat(rowsOfKey()).isZero();
	}

	@Test
	void anAttemptUnderTwoKeysIsRefusedWhenEitherIsSpentAndThenCountsUnderNeither() {
		String mailbox = "mailbox " + UUID.randomUUID();
		List<RateLimits.Attempt> both = List.of(new RateLimits.Attempt(this.key, 3, MINUTE),
				new RateLimits.Attempt(mailbox, 1, Duration.ofHours(1)));
		assertThat(this.limits.admit(both)).isTrue();
		assertThat(this.limits.admit(both)).isFalse();
		assertThat(this.limits.admit(both)).isFalse();
		// The client's two refused attempts were given back: two of its three remain.
		assertThat(attempts(this.limits, 3)).containsExactly(true, true, false);
	}

	@Test
	void attemptsCountingTheSameKeysInEitherOrderAtOnceAreAllCounted() throws Exception {
		String other = "client " + UUID.randomUUID();
		RateLimits.Attempt first = new RateLimits.Attempt(this.key, 1000, MINUTE);
		RateLimits.Attempt second = new RateLimits.Attempt(other, 1000, MINUTE);
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<Boolean>> admitted = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				List<RateLimits.Attempt> keys = (i % 2 == 0) ? List.of(first, second) : List.of(second, first);
				admitted.add(threads.submit(() -> this.limits.admit(keys)));
			}
			for (Future<Boolean> each : admitted) {
				assertThat(each.get()).isTrue();
			}
		}
		finally {
			threads.shutdown();
		}
		// A deadlock between two counts would have left an attempt uncounted.
		assertThat(hitsOf(this.key)).isEqualTo(200);
		assertThat(hitsOf(other)).isEqualTo(200);
	}

	@Test
	void whenTheDatabaseCannotCountTheAttemptGoesOn() {
		RateLimits withoutDatabase = new RateLimits(
				new JdbcTemplate(new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/nowhere")), this.clock);
		assertThat(attempts(withoutDatabase, 5)).containsOnly(true);
	}

	private List<Boolean> attempts(RateLimits limits, int count) {
		List<Boolean> admitted = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			admitted.add(limits.admit(this.key, 3, MINUTE));
		}
		return admitted;
	}

	private int hitsOf(String key) {
		return this.jdbc.queryForObject(
				"select sum(hits) from rate_limit_hits where key_hash = sha256(convert_to(?, 'UTF8'))", Integer.class,
				key);
	}

	private int rowsOfKey() {
		return this.jdbc.queryForObject(
				"select count(*) from rate_limit_hits where key_hash = sha256(convert_to(?, 'UTF8'))", Integer.class,
				this.key);
	}

}
