/**
 * Municipalities' applications to a call (pályázat): which applicant accounts act for
 * which municipality (approved by an admin), drafts that everyone of the municipality
 * edits together with optimistic locking, attachments checked by their bytes, submission
 * before the deadline with a confirmation mail and a PDF, and the status the evaluation
 * moves through {@link hu.gyakorlattar.submission.SubmissionManagement#moveTo}. Named
 * {@code submission} so that it never collides with Spring's {@code Application}.
 */
package hu.gyakorlattar.submission;
