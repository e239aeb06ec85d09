package hu.gyakorlattar.practice;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * The text fields a search reads, by the reader's language, with their weights, and the
 * title that weighs a typed word more where it occurs. Each language's title, summary,
 * tags and story are one combined field ({@link PracticeIndexMapping}), so each of a
 * word's many expansions is looked for in few fields. English readers search the English
 * version first and the Hungarian one with less weight, so a practice without an English
 * version is still found by its Hungarian words. The thesaurus's terms find practices by
 * their texts only ({@code texts}); in the place and theme names they only rank.
 */
record SearchFields(Map<String, Float> weights, Map<String, Float> texts, String title, float titleWeight) {

	/** Title, summary, tags and story in Hungarian. */
	static final String TEXT = "text";

	/** Title, summary and story in English. */
	static final String TEXT_EN = "textEn";

	static final SearchFields HUNGARIAN = new SearchFields(Map.of(TEXT, 2f, "placeAndTheme", 2f), Map.of(TEXT, 2f),
			"title", 4f);

	static final SearchFields ENGLISH = new SearchFields(
			Map.of(TEXT_EN, 2f, "themesEn", 2f, TEXT, 1f, "placeAndTheme", 1f), Map.of(TEXT_EN, 2f, TEXT, 1f),
			"titleEn", 4f);

	static SearchFields of(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? ENGLISH : HUNGARIAN;
	}

	/** The words in any of the fields, each field with its weight. */
	SearchPredicate match(SearchPredicateFactory f, String words) {
		return match(f, this.weights, words);
	}

	/** A thesaurus term (a phrase if it has several words) in the texts. */
	SearchPredicate related(SearchPredicateFactory f, String term) {
		return term.contains(" ") ? phrase(f, this.texts, term) : match(f, this.texts, term);
	}

	/**
	 * A thesaurus term in the other fields: the place and theme names, which rank the
	 * practices of a theme the term names first, but do not find them (see
	 * {@link SearchPredicates#word}).
	 */
	SearchPredicate relatedName(SearchPredicateFactory f, String term) {
		Map<String, Float> names = new HashMap<>(this.weights);
		names.keySet().removeAll(this.texts.keySet());
		return term.contains(" ") ? phrase(f, names, term) : match(f, names, term);
	}

	private static SearchPredicate match(SearchPredicateFactory f, Map<String, Float> fields, String words) {
		return f
			.bool((any) -> fields
				.forEach((field, weight) -> any.should(f.match().field(field).matching(words).boost(weight))))
			.toPredicate();
	}

	/**
	 * The typed words in the title: weighs a practice about them more, for the words as
	 * typed only, not every expansion.
	 */
	SearchPredicate inTitle(SearchPredicateFactory f, String words) {
		return f.match().field(this.title).matching(words).boost(this.titleWeight).toPredicate();
	}

	/** The words next to each other in this order in any of the fields. */
	private static SearchPredicate phrase(SearchPredicateFactory f, Map<String, Float> fields, String phrase) {
		return f
			.bool((any) -> fields
				.forEach((field, weight) -> any.should(f.phrase().field(field).matching(phrase).boost(weight))))
			.toPredicate();
	}

	/** A typed phrase, weighing more in the title (as {@link #inTitle}). */
	SearchPredicate typedPhrase(SearchPredicateFactory f, String phrase) {
		return f.bool()
			.should(phrase(f, this.weights, phrase))
			.should(f.phrase().field(this.title).matching(phrase).boost(this.titleWeight))
			.toPredicate();
	}

}
