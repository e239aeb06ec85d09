package hu.gyakorlattar.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
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

	Ranking(Evaluations evaluations, AssignmentRepository assignments) {
		this.evaluations = evaluations;
		this.assignments = assignments;
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
		List<Ranked> rows = new ArrayList<>();
		for (EvaluationView evaluation : evaluations) {
			rows.add(new Ranked(0, evaluation,
					this.evaluations.tally(call, bySubmission.getOrDefault(evaluation.id(), List.of()))));
		}
		rows.sort(Comparator.comparing((Ranked row) -> row.tally().mean(),
				Comparator.nullsLast(Comparator.reverseOrder())));
		List<Ranked> ranked = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			ranked.add(new Ranked(i + 1, rows.get(i).evaluation(), rows.get(i).tally()));
		}
		return ranked;
	}

	/** A place in a theme's ranking. */
	record Ranked(int rank, EvaluationView evaluation, Tally tally) {

	}

}
