package hu.gyakorlattar.practice;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.hibernate.search.engine.reporting.EntityIndexingFailureContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import hu.gyakorlattar.shared.AdjustableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded index's lag: none while indexing works; from the first failed indexing on,
 * the time since then, because the index misses that change until the next start.
 */
class SearchIndexLagTests {

	@Test
	void theEmbeddedIndexLagsFromItsFirstIndexingFailure() {
		AdjustableClock clock = new AdjustableClock();
		IndexingFailures failures = new IndexingFailures(clock);
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		new SearchIndexLag(
				new StaticListableBeanFactory(Map.of("registry", registry)).getBeanProvider(MeterRegistry.class), null,
				failures, clock, new SearchProperties("lucene", new SearchProperties.OpenSearch("", "", ""), 1000));
		assertThat(lag(registry)).isZero();

		EntityIndexingFailureContext.Builder failure = EntityIndexingFailureContext.builder();
		failure.throwable(new IllegalStateException("disk full"));
		failure.failingOperation("indexing");
		failures.handle(failure.build());
		clock.advance(Duration.ofSeconds(90));
		failures.handle(failure.build());

		assertThat(lag(registry)).isEqualTo(90.0);
	}

	private static double lag(SimpleMeterRegistry registry) {
		return registry.get(SearchIndexLag.NAME).timeGauge().value(TimeUnit.SECONDS);
	}

}
