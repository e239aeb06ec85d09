package hu.gyakorlattar.evaluation;

import java.time.Clock;

import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.submission.SubmissionManagement;
import hu.gyakorlattar.submission.SubmissionStatus;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee moves an application up the ladder: through the formal check (accepted or
 * rejected), onto the shortlist for a site visit, into the final, and to its decision; an
 * admin takes the last move back, saying why. Every move goes into the audit log.
 */
@Service
@Transactional
class MovingThroughStages {

	private final Evaluations evaluations;

	private final SiteVisitRepository visits;

	private final SubmissionManagement submissions;

	private final Clock clock;

	MovingThroughStages(Evaluations evaluations, SiteVisitRepository visits, SubmissionManagement submissions,
			Clock clock) {
		this.evaluations = evaluations;
		this.visits = visits;
		this.submissions = submissions;
		this.clock = clock;
	}

	/** The application is complete and eligible: on to the written evaluation. */
	void accept(long submissionId, String who, ReasonForm form) {
		EvaluationCase evaluation = this.evaluations.locked(submissionId);
		requireStage(evaluation, Stage.FORMAL_CHECK);
		this.submissions.moveTo(submissionId, SubmissionStatus.FORMALLY_ACCEPTED, who, form.cleanReason());
		move(evaluation, Stage.WRITTEN_EVALUATION, who, form.cleanReason());
	}

	/** The application fails the formal check; the applicant is told why. */
	void reject(long submissionId, String who, ReasonForm form) {
		EvaluationCase evaluation = this.evaluations.locked(submissionId);
		requireStage(evaluation, Stage.FORMAL_CHECK);
		move(evaluation, Stage.REJECTED, who, requireReason(form));
	}

	/** Shortlisted for a site visit. */
	void shortlist(long submissionId, String who, ReasonForm form) {
		EvaluationCase evaluation = this.evaluations.locked(submissionId);
		requireStage(evaluation, Stage.WRITTEN_EVALUATION);
		move(evaluation, Stage.SITE_VISIT, who, form.cleanReason());
	}

	/** Invited to the presentation final, once the visit is on record. */
	void invite(long submissionId, String who, ReasonForm form) {
		EvaluationCase evaluation = this.evaluations.locked(submissionId);
		requireStage(evaluation, Stage.SITE_VISIT);
		if (this.visits.findBySubmissionIdOrderByVisitedOnAscIdAsc(submissionId).isEmpty()) {
			throw new InvalidInput(null, "evaluation.final.noVisit");
		}
		move(evaluation, Stage.FINAL, who, form.cleanReason());
	}

	/**
	 * The committee's result with its justification; the applicant learns it when the
	 * results are published.
	 */
	void decide(long submissionId, String who, DecisionForm form) {
		EvaluationCase evaluation = this.evaluations.locked(submissionId);
		if (!evaluation.getStage().decidable()) {
			throw new InvalidInput(null, "evaluation.stage.wrong");
		}
		evaluation.decide(form.result(), form.justification().strip(), who, this.clock.instant());
	}

	/**
	 * An admin takes the last move back, saying why; published results stay as the
	 * applicants read them.
	 */
	void stepBack(long submissionId, String who, ReasonForm form) {
		String reason = requireReason(form);
		EvaluationCase evaluation = this.evaluations.locked(submissionId);
		if (!evaluation.hasMoved()) {
			throw new InvalidInput(null, "evaluation.stepBack.nothing");
		}
		if (evaluation.getPublishedAt() != null) {
			throw new InvalidInput(null, "evaluation.stepBack.published");
		}
		Stage to = evaluation.stepBack(who, this.clock.instant(), reason);
		showStatus(submissionId, to, who, reason);
	}

	private void move(EvaluationCase evaluation, Stage to, String who, String reason) {
		evaluation.move(to, who, this.clock.instant(), reason);
		showStatus(evaluation.getSubmissionId(), to, who, reason);
	}

	/** The applicant sees the stage's status, unless it shows that already. */
	private void showStatus(long submissionId, Stage stage, String who, String reason) {
		SubmissionStatus current = this.evaluations.submitted(submissionId).status();
		stage.status()
			.filter((status) -> status != current)
			.ifPresent((status) -> this.submissions.moveTo(submissionId, status, who, reason));
	}

	private static void requireStage(EvaluationCase evaluation, Stage stage) {
		if (evaluation.getStage() != stage) {
			throw new InvalidInput(null, "evaluation.stage.wrong");
		}
	}

	private static String requireReason(ReasonForm form) {
		if (form.cleanReason().isEmpty()) {
			throw new InvalidInput("reason", "evaluation.reason.required");
		}
		return form.cleanReason();
	}

}
