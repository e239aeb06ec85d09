package hu.gyakorlattar.practice;

import java.util.List;

/**
 * One page of a knowledge-base search: how many practices match in all, this page's hits
 * and the facet counts of the matching practices. {@code textIgnored} tells that the
 * words held nothing to search for (only common words such as "a", "és"), so all
 * practices are shown; {@code partial} that no practice has every word, so the closest
 * are shown; {@code suggestion} is the query with its unknown words spelled as the texts
 * spell them, or null; {@code compoundParts}, when nothing was found, the parts of the
 * compound words typed, to look for one by one ("hulladékgazdálkodásban": "hulladék",
 * "gazdálkodás").
 */
record PracticeResults(long total, List<Hit> items, Facets facets, int page, int size, boolean textIgnored,
		boolean partial, String suggestion, List<String> compoundParts) {

	public int totalPages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasNext() {
		return this.page + 1 < totalPages();
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	/**
	 * A practice found. {@code snippetHtml} is the matching passage, HTML-escaped, with
	 * the query words in {@code <mark>}; empty when the search had no words. Title,
	 * summary and snippet are in the reader's language where the practice has that
	 * version; {@code lang} is "hu" when an English reader gets the Hungarian ones.
	 */
	public record Hit(String slug, String title, String titleHtml, String summary, String snippetHtml, String lang,
			List<String> municipalities, List<String> counties, List<String> themes, AwardLevel awardLevel,
			int cycleYear, int population) {

	}

	/**
	 * Per facet its values among the matching practices, each with a label and a count.
	 */
	public record Facets(List<FacetValue> theme, List<FacetValue> county, List<FacetValue> status,
			List<FacetValue> band, List<FacetValue> year, List<FacetValue> award) {

	}

	/**
	 * A facet value as a URL parameter takes it, its label and how many practices have
	 * it.
	 */
	public record FacetValue(String value, String label, long count) {

	}

}
