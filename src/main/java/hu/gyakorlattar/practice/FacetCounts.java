package hu.gyakorlattar.practice;

import java.util.Map;

/**
 * How many of a search's matches have each value of the six facets, each practice counted
 * once per value however many of its owners share it.
 */
record FacetCounts(Map<Long, Long> themes, Map<String, Long> counties, Map<String, Long> statuses,
		Map<String, Long> bands, Map<Integer, Long> years, Map<AwardLevel, Long> awards) {

	/** The index fields of the facets. */
	static final String THEMES = "themeIds";

	static final String COUNTIES = "counties";

	static final String STATUSES = "legalStatuses";

	static final String BANDS = "populationBands";

	static final String YEARS = "cycleYear";

	static final String AWARDS = "awardLevel";

	/** The most values a facet lists, the commonest. */
	static final int MAX_VALUES = 100;

}
