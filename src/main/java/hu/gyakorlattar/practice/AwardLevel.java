package hu.gyakorlattar.practice;

/** What the steering committee recognised the practice with, highest first. */
public enum AwardLevel {

	/** The title „Legjobb gyakorlat”, the theme's winner. */
	WINNER,
	/** A special prize, e.g. a partner's own prize. */
	SPECIAL_PRIZE,
	/** Presented at the final. */
	FINALIST,
	/** Selected as a good practice for the knowledge base. */
	GOOD_PRACTICE;

	/**
	 * Recognised beyond the selection for the knowledge base, so among the year's
	 * results.
	 */
	public boolean isAResult() {
		return this != GOOD_PRACTICE;
	}

	public String messageKey() {
		return "practice.award." + name();
	}

}
