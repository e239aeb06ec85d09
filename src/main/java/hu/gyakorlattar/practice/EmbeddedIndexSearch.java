package hu.gyakorlattar.practice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.hibernate.Session;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.search.spi.LuceneMigrationUtils;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.mapper.orm.scope.SearchScope;

import org.springframework.stereotype.Component;

/**
 * A page of the knowledge-base search on the embedded index, with the number of matches
 * and their facet counts, in one pass over the matches: Lucene ranks them while
 * {@link FacetCounting} counts them. Hibernate Search's terms aggregations counted the
 * facets before: their collectors (a set cleared and a bucket's sub-collector per match
 * and facet) took a fifth of the request threads' CPU in the profile of the search at
 * 100,000 practices. The Lucene query and sort are those Hibernate Search builds from the
 * same predicate and sort (its service-provider interface hands them out), so both
 * backends find and rank alike; the page's practices are then read from the database by
 * their ids. The OpenSearch backend keeps the aggregations, which it computes itself.
 */
@Component
class EmbeddedIndexSearch {

	private final EntityManager entityManager;

	private final CachedSearches cached;

	EmbeddedIndexSearch(EntityManager entityManager, CachedSearches cached) {
		this.entityManager = entityManager;
		this.cached = cached;
	}

	/**
	 * The practices at {@code offset} to {@code offset + limit} of those matching, in
	 * this order, read from the database when the page is first shown; the index's
	 * answer, and the page as shown, kept for the same search asked again while the index
	 * is unchanged.
	 */
	SearchPage fetch(SearchScope<Practice> scope, SearchPredicate predicate, PracticeQuery.Order order, int offset,
			int limit) {
		IndexReader reader = scope.extension(LuceneExtension.get()).openIndexReader();
		try (reader) {
			CachedSearches.Search search = new CachedSearches.Search(LuceneMigrationUtils.toLuceneQuery(predicate),
					order, offset, limit);
			CachedSearches.Answer answer = this.cached.answer(reader, search, () -> search(reader, search,
					LuceneMigrationUtils.toLuceneSort(PracticeSearch.order(scope, order))));
			return new SearchPage(answer.total(), answer.facets(), () -> load(answer.ids()), answer.shown());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static CachedSearches.Answer search(IndexReader reader, CachedSearches.Search search, Sort sort) {
		try {
			TopFieldCollectorManager ranking = new TopFieldCollectorManager(sort, search.offset() + search.limit(),
					null, Integer.MAX_VALUE);
			Object[] found = new IndexSearcher(reader).search(search.query(),
					new MultiCollectorManager(ranking, new FacetCounting()));
			TopFieldDocs top = (TopFieldDocs) found[0];
			return new CachedSearches.Answer(ids(reader, top.scoreDocs, search.offset()), top.totalHits.value,
					(FacetCounts) found[1]);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The practices' ids of the documents from {@code offset} on. */
	private static List<Long> ids(IndexReader reader, ScoreDoc[] documents, int offset) throws IOException {
		List<LeafReaderContext> segments = reader.leaves();
		List<Long> ids = new ArrayList<>();
		for (int i = offset; i < documents.length; i++) {
			LeafReaderContext segment = segments.get(ReaderUtil.subIndex(documents[i].doc, segments));
			SortedNumericDocValues id = DocValues.getSortedNumeric(segment.reader(), PracticeIndexMapping.ID_FIELD);
			if (id.advanceExact(documents[i].doc - segment.docBase)) {
				ids.add(id.nextValue());
			}
		}
		return List.copyOf(ids);
	}

	/**
	 * The practices in the order of the ids, those deleted since they were indexed left
	 * out; their owners and themes read for all of them together when first shown
	 * ({@link Practice#READ_TOGETHER}). Hibernate reads them by one array parameter, the
	 * same SQL for any number of ids: a query with the list of ids was translated again
	 * for every page (40 % of reading the hits in the profile of the search page), and
	 * one with the ids as an array to {@code array_contains} missed the primary key's
	 * index.
	 */
	private List<Practice> load(List<Long> ids) {
		return this.entityManager.unwrap(Session.class)
			.byMultipleIds(Practice.class)
			.multiLoad(ids)
			.stream()
			.filter(Objects::nonNull)
			.toList();
	}

}
