package hu.gyakorlattar.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.Assert;

/**
 * Attempts allowed per key (a client address, an e-mail address, a participant) and
 * period, counted in PostgreSQL so that every instance behind the load balancer shares
 * one allowance. A sliding window: the current window's attempts plus the previous
 * window's, weighted by how much of it still lies within one period. Refused attempts do
 * not count, so a client that keeps trying is let through at the allowed rate. Time is
 * the wall clock, never the application's (possibly adjusted) clock: limits are about how
 * fast real requests arrive.
 */
@Component
public class RateLimits {

	private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

	/**
	 * Counts one attempt under each key and reads the key's previous window: one
	 * statement, so one round trip and one pooled connection whatever the number of keys.
	 * The rows are taken in the order of their hashes, so two statements that count the
	 * same keys never wait for each other in a circle.
	 */
	private static final String COUNT = """
			with %s attempt (key_hash, window_start, expires_at, previous_window, position) as (values %s),
			hit as (
			    insert into rate_limit_hits (key_hash, window_start, hits, expires_at)
			    select key_hash, window_start, 1, expires_at from attempt order by key_hash
			    on conflict (key_hash, window_start) do update set hits = rate_limit_hits.hits + 1
			    returning key_hash, hits)
			select hit.hits, coalesce(previous.hits, 0)
			from attempt join hit on hit.key_hash = attempt.key_hash
			left join rate_limit_hits previous
			    on previous.key_hash = attempt.key_hash and previous.window_start = attempt.previous_window
			%s order by attempt.position""";

	private static final String ATTEMPT = "(cast(? as bytea), cast(? as timestamptz), cast(? as timestamptz), "
			+ "cast(? as timestamptz), cast(? as integer))";

	/**
	 * A count in a statement of its own (no transaction around it) commits without
	 * waiting for the disk: a count lost in a crash lets one attempt more through, while
	 * waiting for the flush with the counter's row locked made every request from one
	 * address (all a burst's registrations behind one proxy) queue for the disk one after
	 * the other, the registration burst's largest wait (profiled).
	 */
	private static final String WITHOUT_WAITING_FOR_DISK = "no_flush as (select set_config('synchronous_commit', 'off', true)),";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	@Autowired
	RateLimits(JdbcTemplate jdbc) {
		this(jdbc, Clock.systemUTC());
	}

	RateLimits(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Counts an attempt under the key and answers whether it is within the limit. When
	 * the database cannot count, the attempt goes on: whatever it asks for needs the same
	 * database and reports the failure where it is handled.
	 */
	public boolean admit(String key, int limit, Duration period) {
		return admit(List.of(new Attempt(key, limit, period)));
	}

	/**
	 * Counts one attempt under each key (all different) and answers whether every key is
	 * within its limit; a refused attempt counts under none of them. When the database
	 * cannot count, the attempt goes on.
	 */
	public boolean admit(List<Attempt> attempts) {
		Assert.isTrue(attempts.stream().map(Attempt::key).distinct().count() == attempts.size(),
				"each key is counted once per attempt");
		Instant now = this.clock.instant();
		List<Object> parameters = new ArrayList<>();
		List<byte[]> hashes = new ArrayList<>();
		for (int i = 0; i < attempts.size(); i++) {
			Duration period = attempts.get(i).period();
			Instant window = windowStart(now, period);
			hashes.add(hash(attempts.get(i).key()));
			parameters.addAll(List.of(hashes.get(i), Timestamp.from(window),
					Timestamp.from(window.plus(period.multipliedBy(2))), Timestamp.from(window.minus(period)), i));
		}
		// Inside a transaction the setting would also spare the flush of the caller's own
		// work, which must be durable.
		boolean alone = !TransactionSynchronizationManager.isActualTransactionActive();
		String count = COUNT.formatted(alone ? WITHOUT_WAITING_FOR_DISK : "",
				String.join(", ", Collections.nCopies(attempts.size(), ATTEMPT)), alone ? "cross join no_flush" : "");
		try {
			List<int[]> hits = this.jdbc.query(count, (rs, row) -> new int[] { rs.getInt(1), rs.getInt(2) },
					parameters.toArray());
			boolean admitted = true;
			for (int i = 0; i < attempts.size(); i++) {
				admitted &= attempts.get(i).within(hits.get(i)[0], hits.get(i)[1], now);
			}
			if (!admitted) {
				for (int i = 0; i < attempts.size(); i++) {
					uncount(hashes.get(i), windowStart(now, attempts.get(i).period()));
				}
			}
			return admitted;
		}
		catch (DataAccessException ex) {
			log.debug("Rate limit not counted, the database did not answer: {}", ex.getMessage());
			return true;
		}
	}

	/**
	 * Gives back an attempt that turned out not to count (e.g. refused for its content).
	 */
	public void refund(String key, Duration period) {
		try {
			uncount(hash(key), windowStart(this.clock.instant(), period));
		}
		catch (DataAccessException ex) {
			log.debug("Rate limit not refunded, the database did not answer: {}", ex.getMessage());
		}
	}

	/** Forgets every attempt counted under the key (e.g. a lock lifted by its owner). */
	public void forget(String key) {
		try {
			this.jdbc.update("delete from rate_limit_hits where key_hash = ?", hash(key));
		}
		catch (DataAccessException ex) {
			log.debug("Rate limit not forgotten, the database did not answer: {}", ex.getMessage());
		}
	}

	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
	int purgeExpired() {
		return this.jdbc.update("delete from rate_limit_hits where expires_at < ?",
				Timestamp.from(this.clock.instant()));
	}

	private void uncount(byte[] hash, Instant window) {
		this.jdbc.update(
				"update rate_limit_hits set hits = hits - 1 where key_hash = ? and window_start = ? and hits > 0", hash,
				Timestamp.from(window));
	}

	/** An attempt to count under a key, allowed {@code limit} times per period. */
	public record Attempt(String key, int limit, Duration period) {

		/**
		 * Whether the current window's hits and the previous window's, weighted by how
		 * much of it still lies within one period, stay within the limit.
		 */
		boolean within(int hits, int previousHits, Instant now) {
			Instant window = windowStart(now, this.period);
			double stillCounting = 1 - Duration.between(window, now).toMillis() / (double) this.period.toMillis();
			return hits + previousHits * stillCounting <= this.limit;
		}

	}

	private static Instant windowStart(Instant now, Duration period) {
		long length = period.toMillis();
		return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), length) * length);
	}

	private static byte[] hash(String key) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
