package hu.gyakorlattar.submission;

import java.time.Instant;

/** An application moved to another stage; who moved it and why are in its history. */
public record SubmissionStatusChanged(long submissionId, SubmissionStatus from, SubmissionStatus to, Instant changedAt,
		String changedBy) {

}
