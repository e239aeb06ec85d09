package hu.gyakorlattar.impact;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.impact.Evidence.Adoption;
import hu.gyakorlattar.impact.Evidence.Candidate;
import hu.gyakorlattar.practice.PublishedPractice;
import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recommender measured on the demo year's transfers, leave-one-out: each transfer in
 * turn is taken out of the evidence, and the practices are ranked for its adopter; a hit
 * is the held-out practice among the first ten. The baseline ranks by popularity (every
 * transfer counts, stopped ones too), with the same exclusions and the same order among
 * equals. Only the demo's transfers count, whatever other tests added to the ledger.
 */
@ApplicationTest
class OfflineEvaluationTests {

	private static final int AT = 10;

	@Autowired
	MatchmakingEvidence evidence;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theRecommenderFindsMoreHeldOutTransfersInItsTopTenThanPopularityDoes() {
		Evidence demo = demoEvidence();
		assertThat(demo.adoptions()).as("the demo year's transfers").hasSizeGreaterThanOrEqualTo(16);

		double recommender = hitRate(demo,
				(adoption, rest) -> RecommendingPractices
					.rank(adoption.adopter(), this.evidence.interestsOf(adoption.adopter().kshCode()), rest)
					.stream()
					.map((recommendation) -> recommendation.practice().id())
					.toList());
		double popularity = hitRate(demo, OfflineEvaluationTests::byPopularity);

		System.out.printf("Matchmaking, leave-one-out on %d demo transfers: hit rate@%d recommender %.3f, "
				+ "popularity baseline %.3f%n", demo.adoptions().size(), AT, recommender, popularity);
		assertThat(recommender).isGreaterThan(popularity);
	}

	private double hitRate(Evidence demo, BiFunction<Adoption, Evidence, List<Long>> ranking) {
		long hits = demo.adoptions().stream().filter((heldOut) -> {
			List<Long> ranked = ranking.apply(heldOut, demo.without(heldOut));
			int position = ranked.indexOf(heldOut.practiceId());
			System.out.printf("  %s: %s%n", heldOut.adopter().name(),
					(position < 0) ? "not ranked" : "#" + (position + 1));
			return position >= 0 && position < AT;
		}).count();
		return (double) hits / demo.adoptions().size();
	}

	/**
	 * Practices by their number of transfers, most first, never the adopter's own nor one
	 * it takes up; equals in Hungarian order of their titles, as the recommender's.
	 */
	private static List<Long> byPopularity(Adoption heldOut, Evidence rest) {
		String adopter = heldOut.adopter().kshCode();
		Map<Long, Long> transfers = rest.adoptions()
			.stream()
			.collect(Collectors.groupingBy(Adoption::practiceId, Collectors.counting()));
		Set<Long> takenUp = rest.adoptions()
			.stream()
			.filter((adoption) -> adoption.adopter().kshCode().equals(adopter))
			.map(Adoption::practiceId)
			.collect(Collectors.toSet());
		Collator collator = HungarianFormats.collator();
		return rest.candidates()
			.stream()
			.map(Candidate::practice)
			.filter((practice) -> !practice.ownedBy(adopter) && !takenUp.contains(practice.id()))
			.sorted(Comparator.comparingLong((PublishedPractice practice) -> transfers.getOrDefault(practice.id(), 0L))
				.reversed()
				.thenComparing(PublishedPractice::title, collator))
			.map(PublishedPractice::id)
			.toList();
	}

	private Evidence demoEvidence() {
		Set<String> demo = Set.copyOf(this.jdbc.queryForList(
				"select practice_id || '/' || ksh_code from transfer where started_by = 'demo'", String.class));
		Evidence all = this.evidence.gather();
		return new Evidence(all.candidates(),
				all.adoptions()
					.stream()
					.filter((adoption) -> demo.contains(adoption.practiceId() + "/" + adoption.adopter().kshCode()))
					.toList());
	}

}
