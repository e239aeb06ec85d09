package hu.gyakorlattar.practice;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Where the knowledge base's index is ({@link SearchBackend}).
 *
 * @param backend {@code lucene}, an index on this instance's disk, or
 * {@link SearchBackend#OPENSEARCH}, one index for every instance
 * @param opensearch the OpenSearch node or cluster, with its user when it asks for one
 * @param cachedSearches how many answers of the embedded index are kept for searches
 * asked again ({@link CachedSearches}), 0 for none
 */
@ConfigurationProperties("gyakorlattar.search")
record SearchProperties(@DefaultValue("lucene") String backend, @DefaultValue OpenSearch opensearch,
		@DefaultValue("1000") int cachedSearches) {

	SearchProperties {
		// Refuses to start on a backend it does not know or cannot reach.
		if (!backend.equals("lucene") && !backend.equals(SearchBackend.OPENSEARCH)) {
			throw new IllegalArgumentException(SearchBackend.PROPERTY + " is lucene or opensearch, not " + backend);
		}
		if (backend.equals(SearchBackend.OPENSEARCH) && !StringUtils.hasText(opensearch.uris())) {
			throw new IllegalArgumentException(SearchBackend.PROPERTY
					+ "=opensearch needs gyakorlattar.search.opensearch.uris, e.g. http://localhost:9200");
		}
		if (cachedSearches < 0) {
			throw new IllegalArgumentException(
					"gyakorlattar.search.cached-searches is 0 or more, not " + cachedSearches);
		}
	}

	boolean onOpenSearch() {
		return this.backend.equals(SearchBackend.OPENSEARCH);
	}

	/** Addresses comma-separated, e.g. {@code http://localhost:9200}. */
	record OpenSearch(@DefaultValue("") String uris, @DefaultValue("") String username,
			@DefaultValue("") String password) {

	}

}
