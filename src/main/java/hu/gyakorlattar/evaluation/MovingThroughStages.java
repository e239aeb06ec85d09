package hu.gyakorlattar.evaluation;

import java.time.Clock;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee moves an application up the ladder: through the formal check (accepted or
 * rejected), onto the shortlist for a site visit and into the final (the decision is
 * voted: {@link CommitteeVoting}); an admin takes the last move back, saying why. The
 * application's file guards each move and logs it; the move's news goes out in the same
 * transaction, for the applicant's status and whoever else follows the evaluation.
 */
@Service
@Transactional
class MovingThroughStages {

	private final Evaluations evaluations;

	private final SiteVisitRepository visits;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MovingThroughStages(Evaluations evaluations, SiteVisitRepository visits, ApplicationEventPublisher events,
			Clock clock) {
		this.evaluations = evaluations;
		this.visits = visits;
		this.events = events;
		this.clock = clock;
	}

	void accept(long submissionId, String who, ReasonForm form) {
		move(submissionId, (evaluation) -> evaluation.accept(who, this.clock.instant(), form.cleanReason()));
	}

	void reject(long submissionId, String who, ReasonForm form) {
		move(submissionId, (evaluation) -> evaluation.reject(who, this.clock.instant(), form.cleanReason()));
	}

	void shortlist(long submissionId, String who, ReasonForm form) {
		move(submissionId, (evaluation) -> evaluation.shortlist(who, this.clock.instant(), form.cleanReason()));
	}

	void invite(long submissionId, String who, ReasonForm form) {
		boolean visited = !this.visits.findBySubmissionIdOrderByVisitedOnAscIdAsc(submissionId).isEmpty();
		move(submissionId, (evaluation) -> evaluation.invite(visited, who, this.clock.instant(), form.cleanReason()));
	}

	void stepBack(long submissionId, String who, ReasonForm form) {
		move(submissionId, (evaluation) -> evaluation.stepBack(who, this.clock.instant(), form.cleanReason()));
	}

	private void move(long submissionId, Function<EvaluationCase, EvaluationStageChanged> move) {
		this.events.publishEvent(move.apply(this.evaluations.locked(submissionId)));
	}

}
