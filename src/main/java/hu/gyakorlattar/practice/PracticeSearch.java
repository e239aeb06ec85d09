package hu.gyakorlattar.practice;

import hu.gyakorlattar.municipality.PopulationBand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
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
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import hu.gyakorlattar.municipality.LegalStatus;
import hu.gyakorlattar.shared.Bilingual;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.context.MessageSource;
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

	private static final AggregationKey<Map<Long, Long>> THEMES = AggregationKey.of("themes");

	private static final AggregationKey<Map<String, Long>> COUNTIES = AggregationKey.of("counties");

	private static final AggregationKey<Map<String, Long>> STATUSES = AggregationKey.of("statuses");

	private static final AggregationKey<Map<String, Long>> BANDS = AggregationKey.of("bands");

	private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("years");

	private static final AggregationKey<Map<AwardLevel, Long>> AWARDS = AggregationKey.of("awards");

	/** What each concept a practice covers adds to its score (see {@link #covering}). */
	static final float COVERAGE = 1000f;

	private static final Analyzer queryAnalyzer = HungarianAnalysis.query();

	private final EntityManager entityManager;

	private final MessageSource messages;

	private final SpellingSuggestions spelling;

	private final Thesaurus thesaurus;

	PracticeSearch(EntityManager entityManager, MessageSource messages, SpellingSuggestions spelling,
			Thesaurus thesaurus) {
		this.entityManager = entityManager;
		this.messages = messages;
		this.spelling = spelling;
		this.thesaurus = thesaurus;
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
		words.forEach((word) -> concepts.add(word(session.scope(Practice.class).predicate(), fields, word, reading,
				expansions.getOrDefault(word, List.of()))));
		phrases.forEach((phrase) -> concepts.add(phrase(session.scope(Practice.class).predicate(), fields, phrase)));
		SearchResult<Practice> result;
		boolean partial = false;
		if (concepts.size() > 1) {
			result = fetch(session, fields, query, (f) -> every(f, concepts), excluded);
			if (result.total().hitCount() < query.size()) {
				partial = result.total().hitCount() == 0;
				result = fetch(session, fields, query, (f) -> covering(f, concepts), excluded);
			}
		}
		else {
			result = fetch(session, fields, query, concepts.isEmpty() ? null : (f) -> concepts.get(0), excluded);
		}
		String suggestion = reading.corrections().isEmpty() ? null : corrected(text, reading.corrections());
		Snippets snippets = snippets(words, phrases, reading, expansions);
		return results(result, snippets, query, textIgnored, partial, suggestion, locale);
	}

	/**
	 * One page of the published practices that the words predicate (if any) finds, with
	 * the facet counts of all of them.
	 */
	private SearchResult<Practice> fetch(SearchSession session, SearchFields fields, PracticeQuery query,
			Function<SearchPredicateFactory, SearchPredicate> words, List<String> excluded) {
		return session.search(Practice.class).where((f) -> f.bool((b) -> {
			filters(f, b, query);
			if (words != null) {
				b.must(words.apply(f));
			}
			excluded.forEach((word) -> b.mustNot(exact(f, fields, word)));
		})).sort((f) -> switch (query.order()) {
			case NEWEST -> f.field("publishedAt").desc().then().score();
			case SMALLEST -> f.field("leadPopulation").asc().then().score();
			case LARGEST -> f.field("leadPopulation").desc().then().score();
			case RELEVANCE -> f.score().then().field("publishedAt").desc();
		})
			.loading((o) -> o.graph(hitGraph(), GraphSemantic.FETCH))
			.aggregation(THEMES, (f) -> f.terms().field("themeIds", Long.class).maxTermCount(100))
			.aggregation(COUNTIES, (f) -> f.terms().field("counties", String.class).maxTermCount(100))
			.aggregation(STATUSES, (f) -> f.terms().field("legalStatuses", String.class))
			.aggregation(BANDS, (f) -> f.terms().field("populationBands", String.class))
			.aggregation(YEARS, (f) -> f.terms().field("cycleYear", Integer.class).maxTermCount(100))
			.aggregation(AWARDS, (f) -> f.terms().field("awardLevel", AwardLevel.class))
			.fetch(query.page() * query.size(), query.size());
	}

	/** What a hit shows of its owners and themes, read with the hits in one query. */
	private EntityGraph<Practice> hitGraph() {
		EntityGraph<Practice> graph = this.entityManager.createEntityGraph(Practice.class);
		graph.addAttributeNodes("municipalities", "themes");
		return graph;
	}

	/**
	 * The words the hits' snippets mark: those typed, their corrections and compound
	 * parts, and the thesaurus terms they were widened with.
	 */
	private static Snippets snippets(List<String> words, List<String> phrases, SpellingSuggestions.Reading reading,
			Map<String, List<Thesaurus.Expansion>> expansions) {
		List<String> marked = new ArrayList<>(words);
		List<String> markedPhrases = new ArrayList<>(phrases);
		marked.addAll(reading.corrections().values());
		reading.compounds()
			.forEach((word) -> marked
				.addAll(HungarianWords.get().compoundParts(word.toLowerCase(HungarianFormats.HUNGARIAN))));
		expansions.values()
			.stream()
			.flatMap(List::stream)
			.map(Thesaurus.Expansion::term)
			.forEach((term) -> (term.contains(" ") ? markedPhrases : marked).add(term));
		return Snippets.of(marked, markedPhrases);
	}

	private PracticeResults results(SearchResult<Practice> result, Snippets snippets, PracticeQuery query,
			boolean textIgnored, boolean partial, String suggestion, Locale locale) {
		Map<Long, String> themeNames = new java.util.HashMap<>();
		List<PracticeResults.Hit> hits = new ArrayList<>();
		for (Practice practice : result.hits()) {
			practice.getThemes().forEach((theme) -> themeNames.put(theme.getThemeId(), theme.name(locale)));
			hits.add(hit(practice, snippets.title(practice, locale), snippets.passage(practice, locale), locale));
		}
		// Facet labels of themes that are not on this page come from any practice with
		// it.
		Map<Long, Long> themeCounts = result.aggregation(THEMES);
		themeCounts.keySet()
			.stream()
			.filter((id) -> !themeNames.containsKey(id))
			.forEach((id) -> themeNames.put(id, themeName(id, locale)));
		PracticeResults.Facets facets = new PracticeResults.Facets(
				values(themeCounts, String::valueOf, (id) -> themeNames.getOrDefault(id, "#" + id)),
				values(result.aggregation(COUNTIES), Function.identity(), Function.identity()),
				values(result.aggregation(STATUSES), Function.identity(),
						(status) -> label(LegalStatus.valueOf(status).messageKey(), locale)),
				bandValues(result.aggregation(BANDS), locale),
				values(result.aggregation(YEARS), String::valueOf, String::valueOf),
				values(result.aggregation(AWARDS), AwardLevel::name, (award) -> label(award.messageKey(), locale)));
		return new PracticeResults(result.total().hitCount(), hits, facets, query.page(), query.size(), textIgnored,
				partial, suggestion);
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
			b.must(f.match().field("status").matching(Practice.Status.PUBLISHED));
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

	private static void filters(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> b, PracticeQuery query) {
		b.filter(f.match().field("status").matching(Practice.Status.PUBLISHED));
		if (query.theme() != null) {
			b.filter(f.match().field("themeIds").matching(query.theme()));
		}
		if (query.county() != null && !query.county().isBlank()) {
			b.filter(f.match().field("counties").matching(query.county()));
		}
		if (query.status() != null) {
			b.filter(f.match().field("legalStatuses").matching(query.status().name()));
		}
		if (query.band() != null) {
			b.filter(f.match().field("populationBands").matching(query.band().name()));
		}
		if (query.year() != null) {
			b.filter(f.match().field("cycleYear").matching(query.year()));
		}
		if (query.award() != null) {
			b.filter(f.match().field("awardLevel").matching(query.award()));
		}
	}

	/**
	 * Practices with every concept. When at least a page of practices has them all, they
	 * are the result: a conjunction reads the postings of the rarest words only, where
	 * the practices covering any concept are most of a large knowledge base, each
	 * counted, scored and counted into the facets (the profile at 100,000 practices: four
	 * fifths of a search). Ranked alike: a practice's text relevance does not depend on
	 * which others match.
	 */
	private static SearchPredicate every(SearchPredicateFactory f, List<SearchPredicate> concepts) {
		return f.bool((all) -> concepts.forEach(all::must)).toPredicate();
	}

	/**
	 * Practices that cover any of the concepts, those covering more first (when fewer
	 * than a page cover them all): each concept covered adds {@value #COVERAGE}, far more
	 * than the text relevance that orders practices covering as many. One word the texts
	 * do not use no longer hides the practices that have the others. The constant comes
	 * from a match-all clause beside each concept, which only steps to the concept's
	 * practices, so each concept's postings are read once.
	 */
	private static SearchPredicate covering(SearchPredicateFactory f, List<SearchPredicate> concepts) {
		return f.bool((any) -> {
			for (SearchPredicate concept : concepts) {
				any.should(f.bool().must(concept).should(f.matchAll().boost(COVERAGE)));
			}
		}).toPredicate();
	}

	/**
	 * One typed word: as written, inflected or accent-free (its stems and synonyms), as
	 * the start of a longer word, and with less weight: when the texts do not have it, as
	 * a compound whose parts all occur or as the word the spelling suggestions propose;
	 * and as the thesaurus's broader, narrower and related terms.
	 */
	private static SearchPredicate word(SearchPredicateFactory f, SearchFields fields, String word,
			SpellingSuggestions.Reading reading, List<Thesaurus.Expansion> expansions) {
		var any = f.bool().should(exact(f, fields, word));
		if (HungarianFormats.fold(word).length() >= HungarianAnalysis.MIN_PREFIX) {
			any.should(f.match().field("title_prefix").boost(1.5f).field("summary_prefix").boost(0.75f).matching(word));
		}
		if (reading.compounds().contains(word)) {
			List<String> parts = HungarianWords.get().compoundParts(word.toLowerCase(HungarianFormats.HUNGARIAN));
			var all = f.bool();
			parts.forEach((part) -> all.must(exact(f, fields, part)));
			any.should(all.boost(0.5f));
		}
		String correction = reading.corrections().get(word);
		if (correction != null) {
			any.should(f.bool().must(exact(f, fields, correction)).boost(0.5f));
		}
		for (Thesaurus.Expansion expansion : expansions) {
			SearchPredicate term = expansion.term().contains(" ") ? phrase(f, fields, expansion.term())
					: exact(f, fields, expansion.term());
			any.should(f.bool().must(term).boost(expansion.weight()));
		}
		return any.toPredicate();
	}

	/**
	 * A word in any text field of the reader's language, title and summary weighing most.
	 */
	private static SearchPredicate exact(SearchPredicateFactory f, SearchFields fields, String word) {
		return fields.match(f, word);
	}

	/** Words in quotes, next to each other in this order (each in any inflected form). */
	private static SearchPredicate phrase(SearchPredicateFactory f, SearchFields fields, String phrase) {
		return fields.phrase(f, phrase);
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
				practice.getMunicipalities().stream().map(OwnerMunicipality::getName).toList(), practice.getCounties(),
				practice.getThemes().stream().map((theme) -> theme.name(locale)).toList(), practice.getAwardLevel(),
				practice.getCycleYear(), practice.getLeadPopulation());
	}

	private String themeName(long id, Locale locale) {
		List<PracticeTheme> themes = this.entityManager
			.createQuery("select t from Practice p join p.themes t where t.themeId = :id", PracticeTheme.class)
			.setParameter("id", id)
			.setMaxResults(1)
			.getResultList();
		return themes.isEmpty() ? "#" + id : themes.get(0).name(locale);
	}

	private String label(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private List<PracticeResults.FacetValue> bandValues(Map<String, Long> counts, Locale locale) {
		List<PracticeResults.FacetValue> values = new ArrayList<>();
		for (PopulationBand band : PopulationBand.values()) {
			Long count = counts.get(band.name());
			if (count != null) {
				values.add(new PracticeResults.FacetValue(band.name(), label(band.messageKey(), locale), count));
			}
		}
		return values;
	}

	private static <K> List<PracticeResults.FacetValue> values(Map<K, Long> counts, Function<K, String> value,
			Function<K, String> label) {
		Collator collator = HungarianFormats.collator();
		return counts.entrySet()
			.stream()
			.map((entry) -> new PracticeResults.FacetValue(value.apply(entry.getKey()), label.apply(entry.getKey()),
					entry.getValue()))
			.sorted(Comparator.comparingLong(PracticeResults.FacetValue::count)
				.reversed()
				.thenComparing(PracticeResults.FacetValue::label, collator))
			.toList();
	}

}
