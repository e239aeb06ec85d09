package hu.gyakorlattar.practice;

import java.util.Map;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Which Hibernate Search backend holds the knowledge base's index, by
 * {@code gyakorlattar.search.backend}: {@code lucene} (the default) is an embedded index
 * for one instance ({@link EmbeddedIndexLock} refuses a second one); {@code opensearch}
 * is one index at {@code gyakorlattar.search.opensearch.uris} for any number of
 * instances, each instance's changes written to an outbox table in the transaction that
 * made them and carried to OpenSearch by whichever instance polls it (outbox-polling
 * coordination), so every instance finds what any other one saved.
 */
@Component
class SearchBackend implements HibernatePropertiesCustomizer {

	static final String PROPERTY = "gyakorlattar.search.backend";

	static final String OPENSEARCH = "opensearch";

	private static final String PREFIX = "hibernate.search.";

	private final SearchProperties search;

	private final IndexingFailures failures;

	SearchBackend(IndexingFailures failures, SearchProperties search) {
		this.failures = failures;
		this.search = search;
	}

	@Override
	public void customize(Map<String, Object> properties) {
		properties.put(PREFIX + "background_failure_handler", this.failures);
		if (!this.search.onOpenSearch()) {
			properties.put(PREFIX + "backend.type", "lucene");
			return;
		}
		// The embedded index's settings mean nothing to OpenSearch.
		properties.keySet()
			.removeIf((key) -> key.startsWith(PREFIX + "backend.directory.")
					|| key.equals(PREFIX + "backend.lucene_version"));
		properties.put(PREFIX + "backend.type", "elasticsearch");
		SearchProperties.OpenSearch node = this.search.opensearch();
		properties.put(PREFIX + "backend.uris", node.uris());
		if (StringUtils.hasText(node.username())) {
			properties.put(PREFIX + "backend.username", node.username());
			properties.put(PREFIX + "backend.password", node.password());
		}
		properties.put(PREFIX + "backend.analysis.configurer", "class:" + HungarianOpenSearchAnalysis.class.getName()
				+ ",class:" + EnglishOpenSearchAnalysis.class.getName());
		properties.put(PREFIX + "coordination.strategy", "outbox-polling");
	}

}
