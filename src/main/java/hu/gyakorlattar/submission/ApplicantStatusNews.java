package hu.gyakorlattar.submission;

import java.time.Instant;
import java.util.List;

/**
 * News from the module that runs the later stages (the evaluation) of what an
 * application's applicant sees from now on. The evaluation's events implement it, so the
 * application follows them without depending on the evaluation, whose log stays the one
 * audit log of who moved what; the application keeps only the status and its timeline.
 */
public interface ApplicantStatusNews {

	long submissionId();

	/** The statuses the applicant sees, in order; none when nothing they see changes. */
	List<SubmissionStatus> shownStatuses();

	Instant changedAt();

	String changedBy();

	/** The reason the applicant reads beside the status. */
	String reason();

	/**
	 * The news' place in the application's story, counting up: news delivered again or
	 * after newer news is outdated, and shows nothing.
	 */
	int sequence();

}
