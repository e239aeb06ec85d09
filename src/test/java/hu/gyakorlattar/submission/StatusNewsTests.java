package hu.gyakorlattar.submission;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The applicant's status follows the later stages' news: each new status once, in order,
 * whatever arrives twice.
 */
class StatusNewsTests {

	private static final Instant NOW = Instant.parse("2021-07-20T08:00:00Z");

	@Test
	void newsShowsEachNewStatusInOrderAndSkipsTheOneShownAlready() {
		Submission submission = submitted();

		assertThat(submission.show(news(1, SubmissionStatus.SUBMITTED, SubmissionStatus.FORMALLY_ACCEPTED,
				SubmissionStatus.UNDER_EVALUATION)))
			.containsExactly(SubmissionStatus.FORMALLY_ACCEPTED, SubmissionStatus.UNDER_EVALUATION);
		assertThat(submission.getStatus()).isEqualTo(SubmissionStatus.UNDER_EVALUATION);
	}

	@Test
	void newsDeliveredTwiceShowsOnce() {
		Submission submission = submitted();
		submission.show(news(1, SubmissionStatus.FORMALLY_ACCEPTED, SubmissionStatus.UNDER_EVALUATION));

		assertThat(submission.show(news(1, SubmissionStatus.FORMALLY_ACCEPTED, SubmissionStatus.UNDER_EVALUATION)))
			.isEmpty();
		assertThat(submission.getStatus()).isEqualTo(SubmissionStatus.UNDER_EVALUATION);
		assertThat(submission.show(news(2, SubmissionStatus.FORMALLY_ACCEPTED, SubmissionStatus.UNDER_EVALUATION)))
			.as("newer news with the same statuses is news")
			.containsExactly(SubmissionStatus.FORMALLY_ACCEPTED, SubmissionStatus.UNDER_EVALUATION);
	}

	@Test
	void newsArrivingAfterNewerNewsShowsNothing() {
		Submission submission = submitted();
		submission.show(news(2, SubmissionStatus.SHORTLISTED));

		assertThat(submission.show(news(1, SubmissionStatus.FORMALLY_ACCEPTED, SubmissionStatus.UNDER_EVALUATION)))
			.isEmpty();
		assertThat(submission.getStatus()).isEqualTo(SubmissionStatus.SHORTLISTED);
	}

	@Test
	void aDraftTakesNoNewsAndNothingGoesBackToADraft() {
		Submission draft = new Submission(1, "13578", "anna@example.hu", NOW);
		assertThatThrownBy(() -> draft.show(news(1, SubmissionStatus.UNDER_EVALUATION)))
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> submitted().show(news(2, SubmissionStatus.DRAFT)))
			.isInstanceOf(IllegalStateException.class);
	}

	private static Submission submitted() {
		Submission submission = new Submission(1, "13578", "anna@example.hu", NOW);
		submission.submit("anna@example.hu", NOW);
		return submission;
	}

	private static ApplicantStatusNews news(int sequence, SubmissionStatus... statuses) {
		return new SubmissionFlowTests.News(1, List.of(statuses), NOW, "bizottsag@example.hu", "", sequence);
	}

}
