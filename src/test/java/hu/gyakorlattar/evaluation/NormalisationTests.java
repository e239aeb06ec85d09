package hu.gyakorlattar.evaluation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Normalised scores take each evaluator's leniency out of the ranking. */
class NormalisationTests {

	@Test
	void aHarshEvaluatorsBestCountsAsMuchAsAGenerousEvaluatorsBest() {
		Map<String, Double> normalised = Normalisation
			.of(Map.of("tanoda", List.of(sheet("szigoru", 2), sheet("kedves", 5)), "piac", List.of(sheet("szigoru", 1)),
					"busz", List.of(sheet("kedves", 4))));

		assertThat(normalised.get("tanoda")).isCloseTo(1.0, within(1e-9));
		assertThat(normalised.get("piac")).isCloseTo(-1.0, within(1e-9));
		assertThat(normalised.get("busz")).as("4 from the generous one is their worst").isCloseTo(-1.0, within(1e-9));
	}

	@Test
	void anEvaluatorWhoseScoresDoNotVaryMovesNothing() {
		Map<String, Double> normalised = Normalisation
			.of(Map.of("tanoda", List.of(sheet("egyforma", 3), sheet("kedves", 5)), "piac",
					List.of(sheet("egyforma", 3), sheet("kedves", 3))));

		assertThat(normalised.get("tanoda")).isCloseTo(0.5, within(1e-9));
		assertThat(normalised.get("piac")).isCloseTo(-0.5, within(1e-9));
	}

	@Test
	void anApplicationWithoutSubmittedScoresHasNoNormalisedScore() {
		assertThat(Normalisation.of(Map.of("tanoda", List.<Tally.Sheet>of()))).doesNotContainKey("tanoda");
	}

	private static Tally.Sheet sheet(String evaluator, double weightedMean) {
		return new Tally.Sheet(evaluator, weightedMean, Map.of());
	}

}
