package hu.gyakorlattar.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores with each evaluator's leniency removed: every submitted weighted mean becomes a
 * z-score among the same evaluator's scores in the call (how far above or below their own
 * average, in their own standard deviations), and an application's normalised score is
 * the mean of its z-scores. One harsh or generous evaluator then cannot decide a rank. An
 * evaluator whose scores do not vary (or who scored once) says nothing about the
 * applications' order: their z-score is 0.
 */
final class Normalisation {

	private Normalisation() {
	}

	/** The normalised score of each application that has a submitted sheet. */
	static <K> Map<K, Double> of(Map<K, List<Tally.Sheet>> sheetsByApplication) {
		Map<String, List<Double>> byEvaluator = new HashMap<>();
		sheetsByApplication.values()
			.forEach((sheets) -> sheets
				.forEach((sheet) -> byEvaluator.computeIfAbsent(sheet.evaluator(), (evaluator) -> new ArrayList<>())
					.add(sheet.weightedMean())));
		Map<String, double[]> meanAndDeviation = new HashMap<>();
		byEvaluator.forEach((evaluator, scores) -> {
			double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
			double variance = scores.stream()
				.mapToDouble((score) -> (score - mean) * (score - mean))
				.average()
				.orElseThrow();
			meanAndDeviation.put(evaluator, new double[] { mean, Math.sqrt(variance) });
		});
		Map<K, Double> normalised = new HashMap<>();
		sheetsByApplication.forEach((application, sheets) -> sheets.stream().mapToDouble((sheet) -> {
			double[] stats = meanAndDeviation.get(sheet.evaluator());
			return (stats[1] > 1e-9) ? (sheet.weightedMean() - stats[0]) / stats[1] : 0;
		}).average().ifPresent((mean) -> normalised.put(application, mean)));
		return normalised;
	}

}
