package hu.gyakorlattar.evaluation;

import hu.gyakorlattar.submission.SubmissionView;

/**
 * Who learns that a result was put to the vote: the members by mail
 * ({@link CommitteeMails}); nobody in the demo, whose members are made up.
 */
@FunctionalInterface
interface VoteNotices {

	void voteOpened(Motion motion, SubmissionView submission);

}
