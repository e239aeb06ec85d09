package hu.gyakorlattar.practice;

import hu.gyakorlattar.municipality.PopulationBand;

import hu.gyakorlattar.municipality.LegalStatus;

/**
 * One state of the knowledge-base search: the words, the chosen facet values, the order
 * and the page. Every field is optional; the same state is a shareable URL and an API
 * call.
 */
record PracticeQuery(String text, Long theme, String county, LegalStatus status, PopulationBand band, Integer year,
		AwardLevel award, Order order, int page, int size) {

	public static final int MAX_TEXT = 200;

	public static final int MAX_WORDS = 16;

	/**
	 * The last page anyone can ask for (the API's limit too): beyond it page × size would
	 * overflow the search's offset.
	 */
	public static final int MAX_PAGE = 10_000;

	public PracticeQuery {
		order = (order != null) ? order : Order.RELEVANCE;
		page = Math.max(0, Math.min(page, MAX_PAGE));
		size = Math.max(1, Math.min(size, 100));
	}

	public static PracticeQuery all(int size) {
		return new PracticeQuery(null, null, null, null, null, null, null, Order.RELEVANCE, 0, size);
	}

	public PracticeQuery withPage(int newPage) {
		return new PracticeQuery(this.text, this.theme, this.county, this.status, this.band, this.year, this.award,
				this.order, newPage, this.size);
	}

	/**
	 * The words to look for, as text: too long a query is cut to its first
	 * {@value #MAX_TEXT} characters and {@value #MAX_WORDS} words.
	 */
	public String words() {
		if (this.text == null || this.text.isBlank()) {
			return "";
		}
		String cut = this.text.strip();
		cut = cut.substring(0, Math.min(cut.length(), MAX_TEXT));
		String[] words = cut.split("\\s+");
		return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, MAX_WORDS)));
	}

	/** How results are ordered. */
	public enum Order {

		RELEVANCE, NEWEST, SMALLEST, LARGEST

	}

}
