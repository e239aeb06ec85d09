package hu.gyakorlattar.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import hu.gyakorlattar.call.CallView;
import hu.gyakorlattar.call.CriterionKind;
import hu.gyakorlattar.call.CriterionView;

/**
 * The submitted scores of one application as the committee reads them: each evaluator's
 * weighted mean over the call's criteria, the mean of those, and their spread (the
 * highest minus the lowest), flagged when evaluators disagree by at least the threshold.
 * Drafts never count.
 */
record Tally(List<Sheet> sheets, Double mean, Double spread, boolean disputed, Map<CriterionKind, Double> byCriterion,
		int assigned) {

	static Tally of(CallView call, List<Assignment> assignments, double threshold) {
		List<Sheet> sheets = new ArrayList<>();
		for (Assignment assignment : assignments) {
			if (assignment.isSubmitted()) {
				sheets.add(new Sheet(assignment.getEvaluator(), weightedMean(call, assignment.getScores()),
						Map.copyOf(assignment.getScores())));
			}
		}
		Map<CriterionKind, Double> byCriterion = new EnumMap<>(CriterionKind.class);
		for (CriterionView criterion : call.criteria()) {
			sheets.stream()
				.map((sheet) -> sheet.scores().get(criterion.kind()))
				.filter((score) -> score != null && score.score() != null)
				.mapToInt(Assignment.Score::score)
				.average()
				.ifPresent((average) -> byCriterion.put(criterion.kind(), average));
		}
		if (sheets.isEmpty()) {
			return new Tally(sheets, null, null, false, byCriterion, assignments.size());
		}
		double mean = sheets.stream().mapToDouble(Sheet::weightedMean).average().orElseThrow();
		double spread = sheets.stream().mapToDouble(Sheet::weightedMean).max().orElseThrow()
				- sheets.stream().mapToDouble(Sheet::weightedMean).min().orElseThrow();
		return new Tally(sheets, mean, spread, sheets.size() > 1 && spread >= threshold, byCriterion,
				assignments.size());
	}

	private static double weightedMean(CallView call, Map<CriterionKind, Assignment.Score> scores) {
		double sum = 0;
		int weights = 0;
		for (CriterionView criterion : call.criteria()) {
			Assignment.Score score = scores.get(criterion.kind());
			if (score != null && score.score() != null) {
				sum += criterion.weight() * score.score();
				weights += criterion.weight();
			}
		}
		return (weights > 0) ? sum / weights : 0;
	}

	/** One evaluator's submitted scores. */
	record Sheet(String evaluator, double weightedMean, Map<CriterionKind, Assignment.Score> scores) {

	}

}
