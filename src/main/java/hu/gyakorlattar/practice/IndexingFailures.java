package hu.gyakorlattar.practice;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.hibernate.search.engine.reporting.EntityIndexingFailureContext;
import org.hibernate.search.engine.reporting.FailureContext;
import org.hibernate.search.engine.reporting.FailureHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Hibernate Search's background failures, logged, and for indexing failures the time of
 * the first one: the embedded index misses that change until the start-up check rebuilds
 * it at the next start ({@link SearchIndexLag} reports how long that has been).
 */
@Component
class IndexingFailures implements FailureHandler {

	private static final Logger log = LoggerFactory.getLogger(IndexingFailures.class);

	private final Clock clock;

	private final AtomicReference<Instant> first = new AtomicReference<>();

	IndexingFailures(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void handle(FailureContext context) {
		log.error("Search failure in {}", context.failingOperation(), context.throwable());
	}

	@Override
	public void handle(EntityIndexingFailureContext context) {
		this.first.compareAndSet(null, this.clock.instant());
		log.error(
				"Indexing failed in {} for {}: the search misses this change until the index is rebuilt "
						+ "(at the next start)",
				context.failingOperation(), context.failingEntityReferences(), context.throwable());
	}

	/** When indexing first failed since this instance started, if it did. */
	Optional<Instant> firstSinceStart() {
		return Optional.ofNullable(this.first.get());
	}

}
