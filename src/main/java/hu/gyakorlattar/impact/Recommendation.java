package hu.gyakorlattar.impact;

import java.util.Map;

import hu.gyakorlattar.practice.PublishedPractice;

import org.springframework.context.MessageSourceResolvable;

/**
 * A practice recommended to a municipality: its score, the points each signal gave it
 * (the score is their sum) and the sentence that explains it.
 */
record Recommendation(PublishedPractice practice, double score, Map<RecommendingPractices.Signal, Double> points,
		MessageSourceResolvable explanation) {

	Recommendation {
		points = Map.copyOf(points);
	}

}
