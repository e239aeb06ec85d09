package hu.gyakorlattar.practice;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A search backend setting that cannot work stops the start with what to set. */
class SearchPropertiesTests {

	private static final SearchProperties.OpenSearch NO_NODE = new SearchProperties.OpenSearch("", "", "");

	@Test
	void anUnknownBackendIsNamedWithTheTwoThatExist() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SearchProperties("elasticsearch", NO_NODE))
			.withMessage("gyakorlattar.search.backend is lucene or opensearch, not elasticsearch");
	}

	@Test
	void openSearchWithoutAnAddressAsksForOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SearchProperties("opensearch", NO_NODE))
			.withMessageContaining("gyakorlattar.search.opensearch.uris");
	}

	@Test
	void theEmbeddedIndexNeedsNoNode() {
		assertThat(new SearchProperties("lucene", NO_NODE).onOpenSearch()).isFalse();
		assertThat(new SearchProperties("opensearch", new SearchProperties.OpenSearch("http://localhost:9200", "", ""))
			.onOpenSearch()).isTrue();
	}

}
