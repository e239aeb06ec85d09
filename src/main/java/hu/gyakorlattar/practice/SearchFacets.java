package hu.gyakorlattar.practice;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;

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

	/** Makes the query count the facet values of every practice it matches. */
	static void count(SearchQueryOptionsStep<?, ?, ?, ?, ?, ?> query) {
		// The options step is a builder: each call adds to the same query.
		query.aggregation(THEMES, (f) -> f.terms().field("themeIds", Long.class).maxTermCount(100));
		query.aggregation(COUNTIES, (f) -> f.terms().field("counties", String.class).maxTermCount(100));
		query.aggregation(STATUSES, (f) -> f.terms().field("legalStatuses", String.class));
		query.aggregation(BANDS, (f) -> f.terms().field("populationBands", String.class));
		query.aggregation(YEARS, (f) -> f.terms().field("cycleYear", Integer.class).maxTermCount(100));
		query.aggregation(AWARDS, (f) -> f.terms().field("awardLevel", AwardLevel.class));
	}

	/**
	 * The counted facets, labelled. Theme names come from the page's hits where they have
	 * the theme ({@code themeNames}), else from any practice with it.
	 */
	PracticeResults.Facets of(SearchResult<?> result, Map<Long, String> themeNames, Locale locale) {
		Map<Long, Long> themeCounts = result.aggregation(THEMES);
		themeCounts.keySet()
			.stream()
			.filter((id) -> !themeNames.containsKey(id))
			.forEach((id) -> themeNames.put(id, themeName(id, locale)));
		return new PracticeResults.Facets(
				values(themeCounts, String::valueOf, (id) -> themeNames.getOrDefault(id, "#" + id)),
				values(result.aggregation(COUNTIES), Function.identity(), Function.identity()),
				values(result.aggregation(STATUSES), Function.identity(),
						(status) -> label(LegalStatus.valueOf(status).messageKey(), locale)),
				bandValues(result.aggregation(BANDS), locale),
				values(result.aggregation(YEARS), String::valueOf, String::valueOf),
				values(result.aggregation(AWARDS), AwardLevel::name, (award) -> label(award.messageKey(), locale)));
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
