package hu.gyakorlattar.submission;

import java.time.Instant;

/** A municipality submitted its application to a call, in time. */
public record SubmissionSubmitted(long submissionId, long callId, String kshCode, Instant submittedAt) {

}
