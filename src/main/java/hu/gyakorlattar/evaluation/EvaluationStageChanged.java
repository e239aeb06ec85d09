package hu.gyakorlattar.evaluation;

import java.time.Instant;
import java.util.List;

import hu.gyakorlattar.submission.ApplicantStatusNews;
import hu.gyakorlattar.submission.SubmissionStatus;

/**
 * An application moved from one stage to another; {@code sequence} is the move's place in
 * the application's audit log, and {@code shownStatuses} what its applicant sees from now
 * on (nothing for a decision, which shows when the results are published).
 */
public record EvaluationStageChanged(long submissionId, long callId, Stage from, Stage to,
		List<SubmissionStatus> shownStatuses, int sequence, Instant changedAt, String changedBy,
		String reason) implements ApplicantStatusNews {

	public EvaluationStageChanged {
		shownStatuses = List.copyOf(shownStatuses);
	}

}
