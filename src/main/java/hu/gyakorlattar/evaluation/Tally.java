package hu.gyakorlattar.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import hu.gyakorlattar.call.CallView;
import hu.gyakorlattar.call.CriterionKind;
import hu.gyakorlattar.call.CriterionView;

/**
 * The submitted scores of one application as the committee reads them: each evaluator's
 * weighted mean over the call's criteria, the mean of those, and their spread (the
 * highest minus the lowest). A flagged spread: the evaluators first assigned disagree by
 * at least the threshold; a third evaluator's sheet, once in, settles it (the third view
 * decides which of the two the mean leans to). Drafts never count.
 */
record Tally(List<Sheet> sheets, Double mean, Double spread, boolean disputed, Map<CriterionKind, Double> byCriterion,
		int assigned, Spread settlement) {

	static Tally of(CallView call, List<Assignment> assignments, double threshold) {
		List<Sheet> sheets = new ArrayList<>();
		List<Double> firstOpinions = new ArrayList<>();
		for (Assignment assignment : assignments) {
			if (assignment.isSubmitted()) {
				Sheet sheet = new Sheet(assignment.getEvaluator(), weightedMean(call, assignment.getScores()),
						Map.copyOf(assignment.getScores()));
				sheets.add(sheet);
				if (!assignment.isTieBreaker()) {
					firstOpinions.add(sheet.weightedMean());
				}
			}
		}
		boolean disputed = firstOpinions.size() > 1
				&& Collections.max(firstOpinions) - Collections.min(firstOpinions) >= threshold - 1e-9;
		Spread settlement = Spread.of(disputed,
				assignments.stream().filter(Assignment::isTieBreaker).map(Assignment::isSubmitted).toList());
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
			return new Tally(sheets, null, null, false, byCriterion, planned(assignments), settlement);
		}
		double mean = sheets.stream().mapToDouble(Sheet::weightedMean).average().orElseThrow();
		double spread = sheets.stream().mapToDouble(Sheet::weightedMean).max().orElseThrow()
				- sheets.stream().mapToDouble(Sheet::weightedMean).min().orElseThrow();
		return new Tally(sheets, mean, spread, disputed, byCriterion, planned(assignments), settlement);
	}

	/** The evaluators first assigned; a tie-breaker comes on top of the plan. */
	private static int planned(List<Assignment> assignments) {
		return (int) assignments.stream().filter((assignment) -> !assignment.isTieBreaker()).count();
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

	/**
	 * How a flagged spread stands: no spread flagged, a third evaluator awaited or in, or
	 * none to be had (the committee then writes a resolution before it decides).
	 */
	enum Spread {

		CLEAR, THIRD_AWAITED, THIRD_IN, UNSETTLED;

		static Spread of(boolean disputed, List<Boolean> tieBreakersSubmitted) {
			if (!disputed) {
				return CLEAR;
			}
			if (tieBreakersSubmitted.contains(true)) {
				return THIRD_IN;
			}
			return tieBreakersSubmitted.isEmpty() ? UNSETTLED : THIRD_AWAITED;
		}

		/** Evaluators still disagree with nobody to settle it yet. */
		public boolean open() {
			return this == THIRD_AWAITED || this == UNSETTLED;
		}

	}

	/** One evaluator's submitted scores. */
	record Sheet(String evaluator, double weightedMean, Map<CriterionKind, Assignment.Score> scores) {

	}

}
