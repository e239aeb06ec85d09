package hu.gyakorlattar.practice;

import java.util.List;

import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

import hu.gyakorlattar.shared.HungarianFormats;

/**
 * How the knowledge-base search turns what was typed and chosen into index predicates:
 * each typed word or phrase is a concept, looked for in the text fields of the reader's
 * language ({@link SearchFields}); the chosen facet values filter.
 */
final class SearchPredicates {

	/** What each concept a practice covers adds to its score (see {@link #covering}). */
	static final float COVERAGE = 1000f;

	private SearchPredicates() {
	}

	/**
	 * The practices with the chosen facet values (the index holds the published ones
	 * only); filters do not score. Every practice when none is chosen and nothing typed:
	 * a boolean without clauses would match none.
	 */
	static void filters(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> b, PracticeQuery query) {
		b.filter(f.matchAll());
		if (query.theme() != null) {
			b.filter(f.match().field(FacetCounts.THEMES).matching(query.theme()));
		}
		if (query.county() != null && !query.county().isBlank()) {
			b.filter(f.match().field(FacetCounts.COUNTIES).matching(query.county()));
		}
		if (query.status() != null) {
			b.filter(f.match().field(FacetCounts.STATUSES).matching(query.status().name()));
		}
		if (query.band() != null) {
			b.filter(f.match().field(FacetCounts.BANDS).matching(query.band().name()));
		}
		if (query.year() != null) {
			b.filter(f.match().field(FacetCounts.YEARS).matching(query.year()));
		}
		if (query.award() != null) {
			b.filter(f.match().field(FacetCounts.AWARDS).matching(query.award()));
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
	static SearchPredicate every(SearchPredicateFactory f, List<SearchPredicate> concepts) {
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
	static SearchPredicate covering(SearchPredicateFactory f, List<SearchPredicate> concepts) {
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
	 * and as the thesaurus's broader, narrower and related terms. A thesaurus term that
	 * names a theme ranks the practices of the theme higher but does not find them all:
	 * it would find every practice of the theme for a word typed ("idősellátás" for
	 * "demencia"; at 100,000 practices that nearly doubled the matches of such queries,
	 * each one scored and counted into the facets), where those about the word use it or
	 * the term in their texts.
	 */
	static SearchPredicate word(SearchPredicateFactory f, SearchFields fields, String word,
			SpellingSuggestions.Reading reading, List<Thesaurus.Expansion> expansions) {
		var any = f.bool().should(fields.match(f, word)).should(fields.inTitle(f, word));
		if (HungarianFormats.fold(word).length() >= HungarianAnalysis.MIN_PREFIX) {
			any.should(f.match().field("title_prefix").boost(1.5f).field("summary_prefix").boost(0.75f).matching(word));
		}
		if (reading.compounds().contains(word)) {
			List<String> parts = HungarianWords.get().compoundParts(word.toLowerCase(HungarianFormats.HUNGARIAN));
			var all = f.bool();
			parts.forEach((part) -> all.must(fields.match(f, part)));
			any.should(all.boost(0.5f));
		}
		String correction = reading.corrections().get(word);
		if (correction != null) {
			any.should(f.bool().must(fields.match(f, correction)).boost(0.5f));
		}
		for (Thesaurus.Expansion expansion : expansions) {
			any.should(f.bool().must(fields.related(f, expansion.term())).boost(expansion.weight()));
		}
		if (expansions.isEmpty()) {
			return any.toPredicate();
		}
		var ranked = f.bool().must(any);
		for (Thesaurus.Expansion expansion : expansions) {
			ranked.should(f.bool().must(fields.relatedName(f, expansion.term())).boost(expansion.weight()));
		}
		return ranked.toPredicate();
	}

}
