package hu.gyakorlattar.practice;

import org.junit.jupiter.api.Nested;

/**
 * The tests that need the OpenSearch node, nested in one class so that the same test JVM
 * runs them all: each test JVM starts a node of its own on first use
 * ({@link OpenSearchNode}), and two of them cost the suite a second node's start.
 */
class OpenSearchTests {

	@Nested
	class SearchRelevance extends SearchRelevanceOnOpenSearchTests {

	}

	@Nested
	class TwoInstances extends TwoInstancesOnOpenSearchTests {

	}

}
