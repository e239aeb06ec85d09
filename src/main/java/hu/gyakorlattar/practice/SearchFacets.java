package hu.gyakorlattar.practice;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;

import hu.gyakorlattar.municipality.CountyNames;
import hu.gyakorlattar.municipality.LegalStatus;
import hu.gyakorlattar.municipality.PopulationBand;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The search's facets: how many of the matching practices have each theme, county, legal
 * status, population band, year and award, each value labelled in the reader's language
 * and the commonest first (then in Hungarian order).
 */
@Component
class SearchFacets {

	private static final AggregationKey<Map<Long, Long>> THEMES = AggregationKey.of("themes");

	private static final AggregationKey<Map<String, Long>> COUNTIES = AggregationKey.of("counties");

	private static final AggregationKey<Map<String, Long>> STATUSES = AggregationKey.of("statuses");

	private static final AggregationKey<Map<String, Long>> BANDS = AggregationKey.of("bands");

	private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("years");

	private static final AggregationKey<Map<AwardLevel, Long>> AWARDS = AggregationKey.of("awards");

	private final EntityManager entityManager;

	private final MessageSource messages;

	SearchFacets(EntityManager entityManager, MessageSource messages) {
		this.entityManager = entityManager;
		this.messages = messages;
	}

	/**
	 * Makes the query count the facet values of every practice it matches, with Hibernate
	 * Search's terms aggregations (the OpenSearch backend; the embedded index counts them
	 * itself, {@link FacetCounting}).
	 */
	static void count(SearchQueryOptionsStep<?, ?, ?, ?, ?, ?> query) {
		// The options step is a builder: each call adds to the same query.
		query.aggregation(THEMES,
				(f) -> f.terms().field(FacetCounts.THEMES, Long.class).maxTermCount(FacetCounts.MAX_VALUES));
		query.aggregation(COUNTIES,
				(f) -> f.terms().field(FacetCounts.COUNTIES, String.class).maxTermCount(FacetCounts.MAX_VALUES));
		query.aggregation(STATUSES,
				(f) -> f.terms().field(FacetCounts.STATUSES, String.class).maxTermCount(FacetCounts.MAX_VALUES));
		query.aggregation(BANDS,
				(f) -> f.terms().field(FacetCounts.BANDS, String.class).maxTermCount(FacetCounts.MAX_VALUES));
		query.aggregation(YEARS,
				(f) -> f.terms().field(FacetCounts.YEARS, Integer.class).maxTermCount(FacetCounts.MAX_VALUES));
		query.aggregation(AWARDS,
				(f) -> f.terms().field(FacetCounts.AWARDS, AwardLevel.class).maxTermCount(FacetCounts.MAX_VALUES));
	}

	/** The facet values the query counted ({@link #count}). */
	static FacetCounts counted(SearchResult<?> result) {
		return new FacetCounts(result.aggregation(THEMES), result.aggregation(COUNTIES), result.aggregation(STATUSES),
				result.aggregation(BANDS), result.aggregation(YEARS), result.aggregation(AWARDS));
	}

	/**
	 * The counted facets, labelled. Theme names come from the page's hits where they have
	 * the theme ({@code themeNames}), else from any practice with it.
	 */
	PracticeResults.Facets of(FacetCounts counts, Map<Long, String> themeNames, Locale locale) {
		Map<Long, String> names = new HashMap<>(themeNames);
		counts.themes()
			.keySet()
			.stream()
			.filter((id) -> !names.containsKey(id))
			.forEach((id) -> names.put(id, themeName(id, locale)));
		return new PracticeResults.Facets(
				values(counts.themes(), String::valueOf, (id) -> names.getOrDefault(id, "#" + id)),
				values(counts.counties(), Function.identity(), CountyNames::of),
				values(counts.statuses(), Function.identity(),
						(status) -> label(LegalStatus.valueOf(status).messageKey(), locale)),
				bandValues(counts.bands(), locale), values(counts.years(), String::valueOf, String::valueOf),
				values(counts.awards(), AwardLevel::name, (award) -> label(award.messageKey(), locale)));
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
		// Kept with the search's answer (SearchPage#shown), so no one may change them.
		return List.copyOf(values);
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
