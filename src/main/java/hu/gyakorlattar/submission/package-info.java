/**
 * Municipalities' applications to a call (pályázat): which applicant accounts act for
 * which municipality (approved by an admin), drafts that everyone of the municipality
 * edits together with optimistic locking, attachments checked by their bytes, submission
 * before the deadline with a confirmation mail and a PDF, and the status its applicant
 * sees, which follows the evaluation's news
 * ({@link hu.gyakorlattar.submission.ApplicantStatusNews} is the contract the
 * evaluation's events fulfil, so this module never depends on it). Named
 * {@code submission} so that it never collides with Spring's {@code Application}.
 */
@NullMarked
package hu.gyakorlattar.submission;

import org.jspecify.annotations.NullMarked;
