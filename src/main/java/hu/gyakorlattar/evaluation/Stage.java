package hu.gyakorlattar.evaluation;

import java.util.Optional;

import hu.gyakorlattar.submission.SubmissionStatus;

/**
 * Where an application stands in the evaluation. The ladder runs formal check → written
 * evaluation → site visit (shortlisted) → final (presentation) → decided; an application
 * that fails the formal check is rejected and goes no further. Each stage has the status
 * the applicant sees; a decision shows only when the results are published.
 */
enum Stage {

	FORMAL_CHECK(SubmissionStatus.SUBMITTED), REJECTED(SubmissionStatus.FORMALLY_REJECTED),
	WRITTEN_EVALUATION(SubmissionStatus.UNDER_EVALUATION), SITE_VISIT(SubmissionStatus.SHORTLISTED),
	FINAL(SubmissionStatus.FINALIST), DECIDED(null);

	private final SubmissionStatus status;

	Stage(SubmissionStatus status) {
		this.status = status;
	}

	/** The status the applicant sees at this stage, if the stage shows one. */
	Optional<SubmissionStatus> status() {
		return Optional.ofNullable(this.status);
	}

	/** The committee may decide once an application passed the formal check. */
	public boolean decidable() {
		return this == WRITTEN_EVALUATION || this == SITE_VISIT || this == FINAL;
	}

	/** Decided, or rejected at the formal check: nothing about it is weighed any more. */
	boolean settled() {
		return this == DECIDED || this == REJECTED;
	}

	/** Evaluators score from the written evaluation on, until the decision. */
	public boolean scorable() {
		return this == WRITTEN_EVALUATION || this == SITE_VISIT || this == FINAL;
	}

}
