package hu.gyakorlattar.impact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.campaign.PracticesThatFit.FittingPractice;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.practice.PracticeManagement;
import hu.gyakorlattar.practice.PublishedPractice;
import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Practices that fit you" for a campaign to every municipality of the gazetteer, ranked
 * a batch of letters at a time as the sending worker asks: the same practices, in the
 * same order, as each municipality's own recommendations, never its own, and fast enough
 * for 3,200 letters.
 */
@ApplicationTest
class PracticesThatFitInvitationsTests {

	/** The sending worker's batch. */
	private static final int BATCH = 100;

	@Autowired
	PracticesThatFitInvitations fitting;

	@Autowired
	RecommendingPractices recommending;

	@Autowired
	MunicipalityDirectory directory;

	@Autowired
	PracticeManagement practices;

	@Test
	void everyMunicipalityGetsItsOwnTopThreeNeverItsOwnPracticeBatchByBatch() {
		List<String> everyone = this.directory.search("", 100_000).stream().map(MunicipalitySummary::kshCode).toList();
		assertThat(everyone).hasSizeGreaterThan(3_000);

		long started = System.nanoTime();
		Map<String, List<FittingPractice>> letters = new HashMap<>();
		for (int from = 0; from < everyone.size(); from += BATCH) {
			letters.putAll(this.fitting.forMunicipalities(
					everyone.subList(from, Math.min(everyone.size(), from + BATCH)), 3, HungarianFormats.HUNGARIAN));
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.printf("Practices that fit: %d municipalities in batches of %d took %d ms%n", everyone.size(), BATCH,
				millis);

		assertThat(letters).hasSize(everyone.size());
		assertThat(letters.values()).allSatisfy((practices) -> assertThat(practices).hasSize(3));
		Map<String, List<String>> ownUrls = new HashMap<>();
		for (PublishedPractice practice : this.practices.publishedPractices()) {
			practice.ownerKshCodes()
				.forEach((owner) -> ownUrls.computeIfAbsent(owner, (code) -> new ArrayList<>())
					.add("http://localhost:8080/gyakorlatok/" + practice.slug()));
		}
		assertThat(ownUrls).isNotEmpty();
		ownUrls.forEach((owner, urls) -> assertThat(letters.get(owner)).extracting(FittingPractice::url)
			.doesNotContainAnyElementsOf(urls));
		for (String sample : List.of("21458", "31006", everyone.get(0), everyone.get(everyone.size() - 1))) {
			assertThat(letters.get(sample)).extracting(FittingPractice::title)
				.containsExactlyElementsOf(this.recommending.recommendFor(sample)
					.orElseThrow()
					.stream()
					.limit(3)
					.map((recommendation) -> recommendation.practice().title())
					.toList());
		}
		assertThat(millis).as("milliseconds for every municipality's letter").isLessThan(60_000);
		assertThat(this.fitting.forMunicipalities(List.of("99999"), 3, Locale.ENGLISH)).isEmpty();
	}

}
