package hu.gyakorlattar.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import hu.gyakorlattar.call.CallView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The theme's ranking the committee decides from: every application past the formal check
 * by its mean score, unscored ones last.
 */
@Service
@Transactional(readOnly = true)
class Ranking {

	private final Evaluations evaluations;

	private final AssignmentRepository assignments;

	private final EvaluationPlanRepository plans;

	Ranking(Evaluations evaluations, AssignmentRepository assignments, EvaluationPlanRepository plans) {
		this.evaluations = evaluations;
		this.assignments = assignments;
		this.plans = plans;
	}

	List<Ranked> of(long callId) {
		CallView call = this.evaluations.call(callId);
		List<EvaluationView> evaluations = this.evaluations.evaluations(callId)
			.stream()
			.filter((evaluation) -> evaluation.stage() != Stage.FORMAL_CHECK && evaluation.stage() != Stage.REJECTED)
			.toList();
		Map<Long, List<Assignment>> bySubmission = this.assignments
			.findBySubmissionIdIn(evaluations.stream().map(EvaluationView::id).toList())
			.stream()
			.collect(Collectors.groupingBy(Assignment::getSubmissionId));
		Map<Long, Tally> tallies = new HashMap<>();
		evaluations.forEach((evaluation) -> tallies.put(evaluation.id(),
				this.evaluations.tally(call, bySubmission.getOrDefault(evaluation.id(), List.of()))));
		Map<Long, Double> normalised = Normalisation.of(tallies.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> entry.getValue().sheets())));
		int planned = this.plans.findById(callId).map(EvaluationPlan::getEvaluatorsPerApplication).orElse(0);
		List<EvaluationView> ordered = evaluations.stream()
			.sorted(Comparator.comparing((EvaluationView evaluation) -> tallies.get(evaluation.id()).mean(),
					Comparator.nullsLast(Comparator.reverseOrder())))
			.toList();
		List<Ranked> ranked = new ArrayList<>();
		for (EvaluationView evaluation : ordered) {
			Tally tally = tallies.get(evaluation.id());
			ranked.add(new Ranked(ranked.size() + 1, evaluation, tally, normalised.get(evaluation.id()),
					Math.max(planned, tally.assigned())));
		}
		return ranked;
	}

	/**
	 * A place in a theme's ranking: by the raw weighted mean, with the score normalised
	 * per evaluator beside it and the number of evaluations planned.
	 */
	record Ranked(int rank, EvaluationView evaluation, Tally tally, Double normalised, int planned) {

		/** Fewer submitted evaluations than planned: the mean rests on too little. */
		public boolean fewerThanPlanned() {
			return this.tally.sheets().size() < this.planned;
		}

	}

}
