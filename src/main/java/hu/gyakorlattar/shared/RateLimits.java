package hu.gyakorlattar.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

	private static final String COUNT = """
			with %s hit as (
			    insert into rate_limit_hits (key_hash, window_start, hits, expires_at) values (?, ?, 1, ?)
			    on conflict (key_hash, window_start) do update set hits = rate_limit_hits.hits + 1
			    returning hits)
			select hit.hits, coalesce((select previous.hits from rate_limit_hits previous
			                           where previous.key_hash = ? and previous.window_start = ?), 0)
			from hit %s""";

	/**
	 * A count in a statement of its own (no transaction around it) commits without
	 * waiting for the disk: a count lost in a crash lets one attempt more through, while
	 * waiting for the flush with the counter's row locked made every request from one
	 * address (all a burst's registrations behind one proxy) queue for the disk one after
	 * the other, the registration burst's largest wait (profiled).
	 */
	private static final String COUNT_WITHOUT_WAITING_FOR_DISK = COUNT
		.formatted("no_flush as (select set_config('synchronous_commit', 'off', true)),", "cross join no_flush");

	private static final String COUNT_IN_TRANSACTION = COUNT.formatted("", "");

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
		Instant now = this.clock.instant();
		Instant window = windowStart(now, period);
		byte[] hash = hash(key);
		try {
			// Inside a transaction the setting would also spare the flush of the caller's
			// own work, which must be durable.
			String count = TransactionSynchronizationManager.isActualTransactionActive() ? COUNT_IN_TRANSACTION
					: COUNT_WITHOUT_WAITING_FOR_DISK;
			double[] hits = this.jdbc.queryForObject(count, (rs, row) -> new double[] { rs.getInt(1), rs.getInt(2) },
					hash, Timestamp.from(window), Timestamp.from(window.plus(period.multipliedBy(2))), hash,
					Timestamp.from(window.minus(period)));
			double stillCounting = 1 - Duration.between(window, now).toMillis() / (double) period.toMillis();
			if (hits[0] + hits[1] * stillCounting <= limit) {
				return true;
			}
			uncount(hash, window);
			return false;
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
