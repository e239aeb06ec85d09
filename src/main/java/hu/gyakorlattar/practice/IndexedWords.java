package hu.gyakorlattar.practice;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

/**
 * The words the search index holds, as the spelling suggestions ask for them, on either
 * backend: the embedded Lucene index is read directly, OpenSearch is asked.
 */
interface IndexedWords extends AutoCloseable {

	/** Whether any of these (already analysed) terms is in any of these fields. */
	boolean anyIn(String[] fields, List<String> terms);

	/**
	 * Words of the field within two edits of the word (the first letter kept), each with
	 * the number of practices that have it.
	 */
	Map<String, Integer> near(String field, String word);

	@Override
	void close();

	static IndexedWords open(EntityManagerFactory entityManagerFactory) {
		SearchMapping mapping = Search.mapping(entityManagerFactory);
		if (mapping.backend() instanceof LuceneBackend) {
			return new LuceneIndexedWords(mapping);
		}
		return new OpenSearchIndexedWords(entityManagerFactory);
	}

}
