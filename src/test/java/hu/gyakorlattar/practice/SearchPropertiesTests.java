package hu.gyakorlattar.practice;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A search backend setting that cannot work stops the start with what to set. */
class SearchPropertiesTests {

	private static final SearchProperties.OpenSearch NO_NODE = new SearchProperties.OpenSearch("", "", "");

	@Test
	void anUnknownBackendIsNamedWithTheTwoThatExist() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SearchProperties("elasticsearch", NO_NODE, 1000))
			.withMessage("gyakorlattar.search.backend is lucene or opensearch, not elasticsearch");
	}

	@Test
	void openSearchWithoutAnAddressAsksForOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SearchProperties("opensearch", NO_NODE, 1000))
			.withMessageContaining("gyakorlattar.search.opensearch.uris");
	}

	@Test
	void theEmbeddedIndexNeedsNoNode() {
		assertThat(new SearchProperties("lucene", NO_NODE, 1000).onOpenSearch()).isFalse();
		assertThat(new SearchProperties("opensearch", new SearchProperties.OpenSearch("http://localhost:9200", "", ""),
				1000)
			.onOpenSearch()).isTrue();
	}

	@Test
	void aNegativeNumberOfCachedSearchesIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SearchProperties("lucene", NO_NODE, -1))
			.withMessage("gyakorlattar.search.cached-searches is 0 or more, not -1");
	}

}
