package hu.gyakorlattar.evaluation;

import hu.gyakorlattar.practice.AwardLevel;
import hu.gyakorlattar.submission.SubmissionStatus;

/** The committee's final result for an application of a theme. */
enum Result {

	/** "Legjobb gyakorlat": the theme's winner. */
	WINNER(SubmissionStatus.WINNER), GOOD_PRACTICE(SubmissionStatus.GOOD_PRACTICE),
	SPECIAL_PRIZE(SubmissionStatus.SPECIAL_PRIZE), NOT_SELECTED(SubmissionStatus.NOT_SELECTED);

	private final SubmissionStatus status;

	Result(SubmissionStatus status) {
		this.status = status;
	}

	SubmissionStatus status() {
		return this.status;
	}

	/** Results that belong in the knowledge base. */
	public boolean practiceWorthy() {
		return this == WINNER || this == GOOD_PRACTICE;
	}

	AwardLevel awardLevel() {
		return (this == WINNER) ? AwardLevel.WINNER : AwardLevel.GOOD_PRACTICE;
	}

}
