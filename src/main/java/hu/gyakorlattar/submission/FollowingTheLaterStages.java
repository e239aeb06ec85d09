package hu.gyakorlattar.submission;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The applicant's status follows the later stages' news (the evaluation's stage moves and
 * published results). News delivered again, after a crash or a resubmission, shows
 * nothing new.
 */
@Component
class FollowingTheLaterStages {

	private final SubmissionRepository submissions;

	private final ApplicationEventPublisher events;

	FollowingTheLaterStages(SubmissionRepository submissions, ApplicationEventPublisher events) {
		this.submissions = submissions;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(ApplicantStatusNews news) {
		this.submissions.findLockedById(news.submissionId()).ifPresent((submission) -> {
			SubmissionStatus from = submission.getStatus();
			Instant at = news.changedAt();
			for (SubmissionStatus to : submission.show(news)) {
				this.events
					.publishEvent(new SubmissionStatusChanged(submission.getId(), from, to, at, news.changedBy()));
				from = to;
			}
		});
	}

}
