package hu.gyakorlattar.evaluation;

import java.time.Instant;
import java.util.List;

import hu.gyakorlattar.submission.ApplicantStatusNews;
import hu.gyakorlattar.submission.SubmissionStatus;

/**
 * An application's result and feedback went out to its applicant: the committee's result
 * with its justification, or none for an application that failed the formal check (its
 * rejection showed already). Published once per application, after its last stage move,
 * so its {@code sequence} follows theirs.
 */
public record ResultsPublished(long submissionId, long callId, Result result, String justification, int sequence,
		Instant changedAt, String changedBy) implements ApplicantStatusNews {

	@Override
	public List<SubmissionStatus> shownStatuses() {
		return (this.result != null) ? List.of(this.result.status()) : List.of();
	}

	@Override
	public String reason() {
		return this.justification;
	}

}
