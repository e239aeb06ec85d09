package hu.gyakorlattar.evaluation;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A flagged spread is settled before the committee decides: the moment the evaluators'
 * submitted scores disagree by the threshold, the application gets a third evaluator from
 * the panel (nobody with a conflict); when nobody is free, or the committee will not
 * wait, it writes why the disagreement does not stand in the way of a decision.
 */
@Service
@Transactional
class SettlingSpreads {

	private final Evaluations evaluations;

	private final AssigningEvaluators assigning;

	private final Clock clock;

	SettlingSpreads(Evaluations evaluations, AssigningEvaluators assigning, Clock clock) {
		this.evaluations = evaluations;
		this.assigning = assigning;
		this.clock = clock;
	}

	/** After an evaluator submitted: a fresh disagreement gets its third evaluator. */
	void scoresSubmitted(long submissionId) {
		if (this.evaluations.tally(submissionId).settlement() == Tally.Spread.UNSETTLED) {
			this.assigning.assignTieBreaker(submissionId);
		}
	}

	void resolve(long submissionId, String who, ResolutionForm form) {
		Tally.Spread spread = this.evaluations.tally(submissionId).settlement();
		this.evaluations.locked(submissionId).resolveSpread(spread, form.resolution(), who, this.clock.instant());
	}

}
