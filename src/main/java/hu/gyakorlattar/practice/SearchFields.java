package hu.gyakorlattar.practice;

import java.util.Locale;
import java.util.Map;

import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * The text fields a search reads, by the reader's language, with their weights (title and
 * summary weigh most), and the fields its snippets come from. English readers search the
 * English version first and the Hungarian one with less weight, so a practice without an
 * English version is still found by its Hungarian words.
 */
record SearchFields(Map<String, Float> weights, String title, String summary, String body) {

	static final SearchFields HUNGARIAN = new SearchFields(
			Map.of("title", 5f, "summary", 3f, "tags", 3f, "placeAndTheme", 2f, "body", 1f), "title", "summary",
			"body");

	static final SearchFields ENGLISH = new SearchFields(Map.of("titleEn", 5f, "summaryEn", 3f, "themesEn", 2f,
			"bodyEn", 1f, "title", 2.5f, "summary", 1.5f, "tags", 1.5f, "placeAndTheme", 1f, "body", 0.5f), "titleEn",
			"summaryEn", "bodyEn");

	static SearchFields of(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? ENGLISH : HUNGARIAN;
	}

	/** The words in any of the fields, each field with its weight. */
	SearchPredicate match(SearchPredicateFactory f, String words) {
		return f
			.bool((any) -> this.weights
				.forEach((field, weight) -> any.should(f.match().field(field).matching(words).boost(weight))))
			.toPredicate();
	}

	/** The words next to each other in this order in any of the fields. */
	SearchPredicate phrase(SearchPredicateFactory f, String phrase) {
		return f
			.bool((any) -> this.weights
				.forEach((field, weight) -> any.should(f.phrase().field(field).matching(phrase).boost(weight))))
			.toPredicate();
	}

}
