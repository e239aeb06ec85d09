package hu.gyakorlattar.practice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Query;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The embedded index's answers to the searches asked most recently
 * ({@code gyakorlattar.search.cached-searches}, 1,000 by default, 0 for none), each kept
 * only while the index is the one that answered it: a practice published, edited or
 * withdrawn opens a new reader, and the first search on it forgets them all. Finding,
 * ranking and counting every match for the facets is half of a search's CPU (the profile
 * at 100,000 practices), and visitors ask the same searches again: the knowledge base's
 * first page, a theme from the home page, a facet's link, the next page's way back.
 * Elasticsearch keeps its aggregations the same way (its shard request cache), and so
 * does the OpenSearch backend, which this does not serve. A search is the same when its
 * Lucene query (as Lucene's own query cache compares them), order and page are. With an
 * answer the page is kept as shown in each language ({@link SearchPage#shown}): reading
 * the page's practices from the database and marking the words in them were half of the
 * CPU of a search asked again (issue 19's profile of the search page).
 */
@Component
class CachedSearches {

	static final String METER = "gyakorlattar.search.cache";

	private final int size;

	private final Map<Search, Answer> answers;

	/**
	 * The index's segments as the kept answers read them; a segment with new deletions is
	 * another.
	 */
	private List<IndexReader.CacheKey> index = List.of();

	private final Counter hits;

	private final Counter misses;

	CachedSearches(SearchProperties search, ObjectProvider<MeterRegistry> registries) {
		this.size = search.cachedSearches();
		this.answers = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Search, Answer> eldest) {
				return size() > CachedSearches.this.size;
			}
		};
		MeterRegistry registry = registries.getIfAvailable();
		this.hits = (registry != null) ? counter(registry, "hit") : null;
		this.misses = (registry != null) ? counter(registry, "miss") : null;
	}

	/**
	 * The kept answer to this search on this reader, or the one {@code searching} finds
	 * now, kept.
	 */
	Answer answer(IndexReader reader, Search search, Supplier<Answer> searching) {
		List<IndexReader.CacheKey> asked = segments(reader);
		if (this.size == 0 || asked == null) {
			return searching.get();
		}
		synchronized (this) {
			if (!asked.equals(this.index)) {
				this.answers.clear();
				this.index = asked;
			}
			Answer kept = this.answers.get(search);
			if (kept != null) {
				count(this.hits);
				return kept;
			}
		}
		count(this.misses);
		// Searched outside the lock: other searches go on meanwhile.
		Answer found = searching.get();
		synchronized (this) {
			if (asked.equals(this.index)) {
				this.answers.put(search, found);
			}
		}
		return found;
	}

	/** Null when a segment cannot say when it changes, so nothing is kept for it. */
	private static List<IndexReader.CacheKey> segments(IndexReader reader) {
		List<IndexReader.CacheKey> segments = new ArrayList<>();
		for (LeafReaderContext leaf : reader.leaves()) {
			IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
			if (helper == null) {
				return null;
			}
			segments.add(helper.getKey());
		}
		return segments;
	}

	private static Counter counter(MeterRegistry registry, String result) {
		return Counter.builder(METER)
			.tag("result", result)
			.description("Searches of the embedded index answered from the kept answers (hit) or by the index (miss)")
			.register(registry);
	}

	private static void count(Counter counter) {
		if (counter != null) {
			counter.increment();
		}
	}

	/**
	 * A page of a search: the Lucene query with the chosen facets, the order (not
	 * Lucene's sort, whose field comparators Hibernate Search builds anew for every
	 * search, unequal to the last), and which matches.
	 */
	record Search(Query query, PracticeQuery.Order order, int offset, int limit) {

	}

	/**
	 * The ids of the page's practices in order, the number of matches, their facet
	 * counts, and the page as shown so far ({@link SearchPage#shown}).
	 */
	record Answer(List<Long> ids, long total, FacetCounts facets, Map<Object, Object> shown) {

		Answer(List<Long> ids, long total, FacetCounts facets) {
			this(ids, total, facets, new ConcurrentHashMap<>());
		}

	}

}
