package hu.gyakorlattar.practice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

/** The embedded index's words, read from its terms. */
final class LuceneIndexedWords implements IndexedWords {

	private final IndexReader reader;

	LuceneIndexedWords(SearchMapping mapping) {
		this.reader = mapping.scope(Practice.class).extension(LuceneExtension.get()).openIndexReader();
	}

	@Override
	public boolean anyIn(String[] fields, List<String> terms) {
		try {
			for (String field : fields) {
				for (String term : terms) {
					if (this.reader.docFreq(new Term(field, term)) > 0) {
						return true;
					}
				}
			}
			return false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public Map<String, Integer> near(String field, String word) {
		Map<String, Integer> found = new TreeMap<>();
		try {
			Terms vocabulary = MultiTerms.getTerms(this.reader, field);
			if (vocabulary == null) {
				return found;
			}
			FuzzyTermsEnum candidates = new FuzzyTermsEnum(vocabulary, new Term(field, word), 2, 1, true);
			for (BytesRef candidate = candidates.next(); candidate != null; candidate = candidates.next()) {
				found.put(candidate.utf8ToString(), candidates.docFreq());
			}
			return found;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.reader.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
