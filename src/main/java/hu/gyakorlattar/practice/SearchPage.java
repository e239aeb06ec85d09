package hu.gyakorlattar.practice;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One page of a search's matches, with their number and facet counts, and the page's
 * practices as the results show them ({@link #shown}).
 */
final class SearchPage {

	/**
	 * The ways of showing a page that are kept with it: the two languages, each with a
	 * marking or two of the words that found it.
	 */
	static final int WAYS_KEPT = 4;

	private final long total;

	private final FacetCounts facets;

	private final Supplier<List<Practice>> practices;

	private final Map<Object, Object> shown;

	/**
	 * @param practices reads the page's practices, when a way of showing them is not kept
	 * yet
	 * @param shown the ways of showing the page made so far, kept as long as the index's
	 * answer is
	 */
	SearchPage(long total, FacetCounts facets, Supplier<List<Practice>> practices, Map<Object, Object> shown) {
		this.total = total;
		this.facets = facets;
		this.practices = practices;
		this.shown = shown;
	}

	/** A page whose practices are at hand, its showing kept nowhere. */
	static SearchPage of(List<Practice> practices, long total, FacetCounts facets) {
		return new SearchPage(total, facets, () -> practices, new ConcurrentHashMap<>());
	}

	long total() {
		return this.total;
	}

	FacetCounts facets() {
		return this.facets;
	}

	/**
	 * The page's practices as {@code showing} makes them, made once for each way of
	 * showing ({@code how}, compared by equality): asked again, the page is neither read
	 * from the database nor marked again.
	 */
	@SuppressWarnings("unchecked")
	<T> T shown(Object how, Function<List<Practice>, T> showing) {
		Object kept = this.shown.get(how);
		if (kept != null) {
			return (T) kept;
		}
		T made = showing.apply(this.practices.get());
		if (this.shown.size() < WAYS_KEPT) {
			this.shown.putIfAbsent(how, made);
		}
		return made;
	}

}
