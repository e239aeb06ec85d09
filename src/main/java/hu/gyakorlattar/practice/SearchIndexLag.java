package hu.gyakorlattar.practice;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How far the search index is behind the database, in seconds
 * ({@code gyakorlattar.search.index.lag}, an operator alerts when it grows). On
 * OpenSearch: the age of the oldest change still in the outbox table, not yet (or never:
 * abandoned after its retries) in the index. On the embedded index, which is written with
 * each commit: 0, or the time since indexing first failed, since the index then misses
 * that change until the next start rebuilds it.
 */
@Component
class SearchIndexLag {

	static final String NAME = "gyakorlattar.search.index.lag";

	private final JdbcTemplate jdbc;

	private final IndexingFailures failures;

	private final Clock clock;

	private final boolean outbox;

	SearchIndexLag(ObjectProvider<MeterRegistry> registries, JdbcTemplate jdbc, IndexingFailures failures, Clock clock,
			SearchProperties search) {
		this.jdbc = jdbc;
		this.failures = failures;
		this.clock = clock;
		this.outbox = search.onOpenSearch();
		MeterRegistry registry = registries.getIfAvailable();
		if (registry != null) {
			TimeGauge.builder(NAME, this, TimeUnit.SECONDS, SearchIndexLag::seconds)
				.description("How far the search index is behind the database")
				.register(registry);
		}
	}

	double seconds() {
		Instant since = this.outbox ? oldestOutboxEvent() : this.failures.firstSinceStart().orElse(null);
		return (since != null) ? Math.max(0, Duration.between(since, this.clock.instant()).toMillis() / 1000.0) : 0;
	}

	private Instant oldestOutboxEvent() {
		Timestamp oldest = this.jdbc.queryForObject("select min(process_after) from hsearch_outbox_event",
				Timestamp.class);
		return (oldest != null) ? oldest.toInstant() : null;
	}

}
