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

import jakarta.persistence.EntityManager;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import hu.gyakorlattar.municipality.LegalStatus;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The knowledge base's search over the Lucene index: words in every text field (title and
 * summary weigh most), facet filters, facet counts, highlighted snippets, and similar
 * practices. Whatever a visitor types is text: operators other than quotes, "+", "|" and
 * a leading "-" mean nothing, and a query the index cannot take falls back to its plain
 * words instead of an error.
 */
@Component
class PracticeSearch {

	private static final Logger log = LoggerFactory.getLogger(PracticeSearch.class);

	static final Set<SimpleQueryFlag> OPERATORS = EnumSet.of(SimpleQueryFlag.WHITESPACE, SimpleQueryFlag.PHRASE,
			SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.NOT, SimpleQueryFlag.PRECEDENCE);

	private static final AggregationKey<Map<Long, Long>> THEMES = AggregationKey.of("themes");

	private static final AggregationKey<Map<String, Long>> COUNTIES = AggregationKey.of("counties");

	private static final AggregationKey<Map<String, Long>> STATUSES = AggregationKey.of("statuses");

	private static final AggregationKey<Map<String, Long>> BANDS = AggregationKey.of("bands");

	private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("years");

	private static final AggregationKey<Map<AwardLevel, Long>> AWARDS = AggregationKey.of("awards");

	private static final Analyzer queryAnalyzer = HungarianAnalysis.query();

	private final EntityManager entityManager;

	private final MessageSource messages;

	PracticeSearch(EntityManager entityManager, MessageSource messages) {
		this.entityManager = entityManager;
		this.messages = messages;
	}

	/** Must run inside a transaction (the hits are loaded from the database). */
	PracticeResults search(PracticeQuery query, Locale locale) {
		String words = query.words();
		boolean textIgnored = !words.isEmpty() && !hasSearchableWords(words);
		String text = textIgnored ? "" : words;
		try {
			return run(query, text, OPERATORS, textIgnored, locale);
		}
		catch (SearchException ex) {
			log.info("Query \"{}\" taken as plain words: {}", text, ex.getMessage());
			return run(query, text.replaceAll("[\"+|\\-()]", " "), EnumSet.of(SimpleQueryFlag.WHITESPACE), textIgnored,
					locale);
		}
	}

	private PracticeResults run(PracticeQuery query, String text, Set<SimpleQueryFlag> flags, boolean textIgnored,
			Locale locale) {
		SearchSession session = Search.session(this.entityManager);
		SearchResult<List<?>> result = session.search(Practice.class)
			.select((f) -> f.composite()
				.from(f.entity(), f.highlight("title"), f.highlight("summary"), f.highlight("body"))
				.asList())
			.where((f) -> f.bool((b) -> {
				b.must(f.match().field("status").matching(Practice.Status.PUBLISHED));
				if (!text.isBlank()) {
					b.must(words(f, text, flags));
				}
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
			}))
			.sort((f) -> switch (query.order()) {
				case NEWEST -> f.field("publishedAt").desc().then().score();
				case SMALLEST -> f.field("leadPopulation").asc().then().score();
				case LARGEST -> f.field("leadPopulation").desc().then().score();
				case RELEVANCE -> f.score().then().field("publishedAt").desc();
			})
			.highlighter(
					(f) -> f.unified().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML).numberOfFragments(1))
			.aggregation(THEMES, (f) -> f.terms().field("themeIds", Long.class).maxTermCount(100))
			.aggregation(COUNTIES, (f) -> f.terms().field("counties", String.class).maxTermCount(100))
			.aggregation(STATUSES, (f) -> f.terms().field("legalStatuses", String.class))
			.aggregation(BANDS, (f) -> f.terms().field("populationBands", String.class))
			.aggregation(YEARS, (f) -> f.terms().field("cycleYear", Integer.class).maxTermCount(100))
			.aggregation(AWARDS, (f) -> f.terms().field("awardLevel", AwardLevel.class))
			.fetch(query.page() * query.size(), query.size());
		Map<Long, String> themeNames = new java.util.HashMap<>();
		List<PracticeResults.Hit> hits = new ArrayList<>();
		for (List<?> row : result.hits()) {
			Practice practice = (Practice) row.get(0);
			practice.getThemes().forEach((theme) -> themeNames.put(theme.getThemeId(), theme.name(locale)));
			hits.add(hit(practice, first(row.get(1)), first(row.get(2)), first(row.get(3)), locale));
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
		return new PracticeResults(result.total().hitCount(), hits, facets, query.page(), query.size(), textIgnored);
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
		return found.stream().map((hit) -> hit(hit, null, null, null, locale)).toList();
	}

	/**
	 * The words in every text field. One or two words must all match; of more words, all
	 * but one, so a single word the texts do not use does not hide the right practice.
	 */
	private SearchPredicate words(SearchPredicateFactory f, String text, Set<SimpleQueryFlag> flags) {
		boolean allButOne = !text.contains("\"") && searchableWords(text) > 2;
		var words = f.simpleQueryString()
			.field("title")
			.boost(5f)
			.field("summary")
			.boost(3f)
			.field("tags")
			.boost(3f)
			.field("placeAndTheme")
			.boost(2f)
			.field("body")
			.field("title_prefix")
			.boost(1.5f)
			.field("summary_prefix")
			.boost(0.75f)
			.matching(text)
			.defaultOperator(allButOne ? BooleanOperator.OR : BooleanOperator.AND)
			.flags(flags);
		return allButOne ? words.minimumShouldMatchNumber(-1).toPredicate() : words.toPredicate();
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

	static PracticeResults.Hit hit(Practice practice, String titleHtml, String summaryHtml, String bodyHtml,
			Locale locale) {
		String snippet = (summaryHtml != null) ? summaryHtml : (bodyHtml != null) ? bodyHtml : "";
		return new PracticeResults.Hit(practice.getSlug(), practice.getTitle(), titleHtml, practice.getSummary(),
				snippet, practice.getMunicipalities().stream().map(OwnerMunicipality::getName).toList(),
				practice.getCounties(), practice.getThemes().stream().map((theme) -> theme.name(locale)).toList(),
				practice.getAwardLevel(), practice.getCycleYear(), practice.getLeadPopulation());
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

	@SuppressWarnings("unchecked")
	private static String first(Object highlights) {
		List<String> fragments = (List<String>) highlights;
		return (fragments == null || fragments.isEmpty()) ? null : fragments.get(0);
	}

}
