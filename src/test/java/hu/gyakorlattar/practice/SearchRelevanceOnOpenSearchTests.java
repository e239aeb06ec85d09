package hu.gyakorlattar.practice;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The relevance set against OpenSearch with its own Hungarian analysis
 * ({@link HungarianOpenSearchAnalysis}), held to the same thresholds as the embedded
 * index: both backends must find what clerks mean. Its context is the one of the tests'
 * contexts that runs on OpenSearch. Run by {@link OpenSearchTests}.
 */
abstract class SearchRelevanceOnOpenSearchTests extends SearchRelevanceTests {

	@DynamicPropertySource
	static void openSearch(DynamicPropertyRegistry properties) {
		properties.add(SearchBackend.PROPERTY, () -> SearchBackend.OPENSEARCH);
		properties.add("gyakorlattar.search.opensearch.uris", OpenSearchNode::uri);
		properties.add("spring.jpa.properties.hibernate.search.schema_management.strategy", () -> "drop-and-create");
	}

}
