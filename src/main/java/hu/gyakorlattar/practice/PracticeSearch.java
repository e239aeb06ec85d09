package hu.gyakorlattar.practice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.hibernate.graph.GraphSemantic;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import hu.gyakorlattar.shared.Bilingual;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.stereotype.Component;

/**
 * The knowledge base's search over the Lucene index: words in every text field (title and
 * summary weigh most); the practices with every typed word and phrase when a page of them
 * has them all, otherwise those with any, ranked by how many they cover; with spelling
 * suggestions for words no text has; facet filters, facet counts, highlighted snippets,
 * and similar practices. Whatever a visitor types is text: only quotes and a leading "-"
 * mean something ({@link TypedQuery}).
 */
@Component
class PracticeSearch {

	private static final Analyzer queryAnalyzer = HungarianAnalysis.query();

	private final EntityManager entityManager;

	private final SearchFacets facets;

	private final SpellingSuggestions spelling;

	private final Thesaurus thesaurus;

	private final EmbeddedIndexSearch embedded;

	private final boolean onOpenSearch;

	PracticeSearch(EntityManager entityManager, SearchFacets facets, SpellingSuggestions spelling, Thesaurus thesaurus,
			EmbeddedIndexSearch embedded, SearchProperties search) {
		this.entityManager = entityManager;
		this.facets = facets;
		this.spelling = spelling;
		this.thesaurus = thesaurus;
		this.embedded = embedded;
		this.onOpenSearch = search.onOpenSearch();
	}

	/** Must run inside a transaction (the hits are loaded from the database). */
	PracticeResults search(PracticeQuery query, Locale locale) {
		String text = query.words();
		TypedQuery typed = TypedQuery.of(text);
		List<String> words = typed.words().stream().filter(PracticeSearch::hasSearchableWords).distinct().toList();
		List<String> phrases = typed.phrases().stream().filter(PracticeSearch::hasSearchableWords).toList();
		List<String> excluded = typed.excluded().stream().filter(PracticeSearch::hasSearchableWords).toList();
		boolean textIgnored = !text.isEmpty() && words.isEmpty() && phrases.isEmpty();
		SpellingSuggestions.Reading reading = this.spelling.read(words);
		Map<String, List<Thesaurus.Expansion>> expansions = this.thesaurus.expansions(words);
		SearchSession session = Search.session(this.entityManager);
		SearchFields fields = SearchFields.of(locale);
		List<SearchPredicate> concepts = new ArrayList<>();
		SearchScope<Practice> scope = session.scope(Practice.class);
		SearchPredicateFactory predicates = scope.predicate();
		words.forEach((word) -> concepts
			.add(SearchPredicates.word(predicates, fields, word, reading, expansions.getOrDefault(word, List.of()))));
		phrases.forEach((phrase) -> concepts.add(fields.typedPhrase(predicates, phrase)));
		Function<SearchPredicateFactory, SearchPredicate> found = concepts.isEmpty() ? null
				: (f) -> (concepts.size() == 1) ? concepts.get(0) : SearchPredicates.every(f, concepts);
		SearchPage result = fetch(session, scope, fields, query, found, excluded);
		boolean partial = false;
		if (concepts.size() > 1 && result.total() < query.size()) {
			partial = result.total() == 0;
			result = fetch(session, scope, fields, query, (f) -> SearchPredicates.covering(f, concepts), excluded);
		}
		String suggestion = reading.corrections().isEmpty() ? null : corrected(text, reading.corrections());
		List<String> compoundParts = (result.total() == 0 && suggestion == null)
				? words.stream().flatMap((word) -> partsAsTyped(word).stream()).distinct().toList() : List.of();
		Snippets snippets = Snippets.of(words, phrases, reading, expansions);
		return results(result, snippets, query, textIgnored, partial, suggestion, compoundParts, locale);
	}

	/**
	 * One page of the published practices that the words predicate (if any) finds, with
	 * their number and the facet counts of all of them, in one pass over the matches: a
	 * pass for the count and facets without scores and one for the page cost more (the
	 * profile at 100,000 practices), as the page's pass still visited every match.
	 */
	private SearchPage fetch(SearchSession session, SearchScope<Practice> scope, SearchFields fields,
			PracticeQuery query, Function<SearchPredicateFactory, SearchPredicate> words, List<String> excluded) {
		SearchPredicate matching = matching(scope.predicate(), fields, query, words, excluded).toPredicate();
		int offset = query.page() * query.size();
		if (!this.onOpenSearch) {
			return this.embedded.fetch(scope, matching, query.order(), offset, query.size());
		}
		var search = session.search(scope)
			.where(matching)
			.sort(order(scope, query.order()))
			.loading((o) -> o.graph(hitGraph(), GraphSemantic.FETCH));
		SearchFacets.count(search);
		SearchResult<Practice> result = search.fetch(offset, query.size());
		return SearchPage.of(result.hits(), result.total().hitCount(), SearchFacets.counted(result));
	}

	static SearchSort order(SearchScope<Practice> scope, PracticeQuery.Order order) {
		return order(scope.sort(), order).toSort();
	}

	private static SortFinalStep order(SearchSortFactory f, PracticeQuery.Order order) {
		return switch (order) {
			case NEWEST -> f.field("publishedAt").desc().then().score();
			case SMALLEST -> f.field("leadPopulation").asc().then().score();
			case LARGEST -> f.field("leadPopulation").desc().then().score();
			case RELEVANCE -> f.score().then().field("publishedAt").desc();
		};
	}

	/** The practices with the chosen facet values that the words find. */
	private static PredicateFinalStep matching(SearchPredicateFactory f, SearchFields fields, PracticeQuery query,
			Function<SearchPredicateFactory, SearchPredicate> words, List<String> excluded) {
		return f.bool((b) -> {
			SearchPredicates.filters(f, b, query);
			if (words != null) {
				b.must(words.apply(f));
			}
			excluded.forEach((word) -> b.mustNot(fields.match(f, word)));
		});
	}

	/** What a hit shows of its owners and themes, read with the hits in one query. */
	private EntityGraph<Practice> hitGraph() {
		EntityGraph<Practice> graph = this.entityManager.createEntityGraph(Practice.class);
		graph.addAttributeNodes("municipalities", "themes");
		return graph;
	}

	private PracticeResults results(SearchPage result, Snippets snippets, PracticeQuery query, boolean textIgnored,
			boolean partial, String suggestion, List<String> compoundParts, Locale locale) {
		Shown shown = result.shown(new Showing(snippets, locale),
				(practices) -> shown(practices, result.facets(), snippets, locale));
		return new PracticeResults(result.total(), shown.hits(), shown.facets(), query.page(), query.size(),
				textIgnored, partial, suggestion, compoundParts);
	}

	private Shown shown(List<Practice> practices, FacetCounts counts, Snippets snippets, Locale locale) {
		Map<Long, String> themeNames = new HashMap<>();
		List<PracticeResults.Hit> hits = new ArrayList<>();
		for (Practice practice : practices) {
			practice.getThemes().forEach((theme) -> themeNames.put(theme.getThemeId(), theme.name(locale)));
			hits.add(hit(practice, snippets.title(practice, locale), snippets.passage(practice, locale), locale));
		}
		return new Shown(List.copyOf(hits), this.facets.of(counts, themeNames, locale));
	}

	/** A page's hits in a language with these words marked. */
	private record Showing(Snippets snippets, Locale locale) {

	}

	/** A page's hits as shown, and its facets labelled in its language. */
	private record Shown(List<PracticeResults.Hit> hits, PracticeResults.Facets facets) {

	}

	/**
	 * Published practices most like this one: its title, summary, tags and themes' words,
	 * any of them, the same theme weighing more.
	 */
	List<PracticeResults.Hit> similar(Practice practice, int limit, Locale locale) {
		Set<String> words = new LinkedHashSet<>();
		String source = practice.getTitle() + " " + String.join(" ", practice.getTags()) + " " + practice.getSummary();
		for (String word : source.split("[^\\p{L}\\p{N}]+")) {
			if (word.length() >= 5 && words.size() < 30) {
				words.add(word.toLowerCase(HungarianFormats.HUNGARIAN));
			}
		}
		if (words.isEmpty()) {
			return List.of();
		}
		SearchSession session = Search.session(this.entityManager);
		List<Practice> found = session.search(Practice.class).where((f) -> f.bool((b) -> {
			b.mustNot(f.id().matching(practice.getId()));
			b.must(f.simpleQueryString()
				.field("title")
				.boost(2f)
				.field("summary")
				.boost(1.5f)
				.field("tags")
				.boost(2f)
				.field("body")
				.matching(String.join(" ", words))
				.defaultOperator(BooleanOperator.OR)
				.flags(EnumSet.of(SimpleQueryFlag.WHITESPACE)));
			for (PracticeTheme theme : practice.getThemes()) {
				b.should(f.match().field("themeIds").matching(theme.getThemeId()).boost(3f));
			}
		})).fetchHits(limit);
		return found.stream().map((hit) -> hit(hit, null, null, locale)).toList();
	}

	/**
	 * A compound's parts as the word writes them, the last one inflected as typed
	 * ("hulladékgazdálkodásban": "hulladék", "gazdálkodásban"); the dictionary's words
	 * where a part is not written as its word; none for a word that is no compound.
	 */
	static List<String> partsAsTyped(String word) {
		String lower = word.toLowerCase(HungarianFormats.HUNGARIAN);
		List<String> parts = HungarianWords.get().compoundParts(lower);
		List<String> typed = new ArrayList<>();
		int at = 0;
		for (String part : parts.subList(0, Math.max(0, parts.size() - 1))) {
			if (!lower.startsWith(part, at)) {
				return parts;
			}
			typed.add(part);
			at += part.length();
		}
		if (!parts.isEmpty()) {
			typed.add(lower.substring(at));
		}
		return typed;
	}

	/** The typed text with the words the index does not know replaced by suggestions. */
	static String corrected(String text, Map<String, String> corrections) {
		String corrected = text;
		for (Map.Entry<String, String> correction : corrections.entrySet()) {
			corrected = corrected.replaceAll(
					"(?<![\\p{L}\\p{N}])" + Pattern.quote(correction.getKey()) + "(?![\\p{L}\\p{N}])",
					Matcher.quoteReplacement(correction.getValue()));
		}
		return corrected;
	}

	/**
	 * Whether the Hungarian analysis leaves any word to look for (not only "a", "és"…).
	 */
	static boolean hasSearchableWords(String text) {
		return searchableWords(text) > 0;
	}

	/**
	 * How many words the Hungarian analysis looks for (common words such as "a" aside).
	 */
	static int searchableWords(String text) {
		try (TokenStream stream = queryAnalyzer.tokenStream("text", text)) {
			PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			int words = 0;
			while (stream.incrementToken()) {
				if (position.getPositionIncrement() > 0) {
					words++;
				}
			}
			stream.end();
			return words;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static PracticeResults.Hit hit(Practice practice, String titleHtml, String passageHtml, Locale locale) {
		Bilingual title = practice.getBilingualTitle();
		return new PracticeResults.Hit(practice.getSlug(), title.in(locale), titleHtml,
				practice.getBilingualSummary().in(locale), (passageHtml != null) ? passageHtml : "", title.lang(locale),
				practice.getMunicipalities().stream().map(OwnerMunicipality::getName).toList(),
				practice.getMunicipalities().stream().map(OwnerMunicipality::getCountyName).distinct().toList(),
				practice.getThemes().stream().map((theme) -> theme.name(locale)).toList(), practice.getAwardLevel(),
				practice.getCycleYear(), practice.getLeadPopulation());
	}

}
