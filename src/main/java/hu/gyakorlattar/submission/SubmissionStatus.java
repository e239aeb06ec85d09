package hu.gyakorlattar.submission;

/**
 * Where an application stands, as its applicant sees it (domain.md §1.4). The applicant
 * moves it from DRAFT to SUBMITTED; every later status comes from the evaluation's news
 * ({@link ApplicantStatusNews}).
 */
public enum SubmissionStatus {

	DRAFT, SUBMITTED, FORMALLY_ACCEPTED, FORMALLY_REJECTED, UNDER_EVALUATION, SHORTLISTED, FINALIST, WINNER,
	GOOD_PRACTICE, SPECIAL_PRIZE, NOT_SELECTED;

	/** Submitted and beyond: the applicant can no longer change it. */
	public boolean submitted() {
		return this != DRAFT;
	}

}
