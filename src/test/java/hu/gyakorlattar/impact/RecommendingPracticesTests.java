package hu.gyakorlattar.impact;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.impact.Evidence.Adoption;
import hu.gyakorlattar.impact.Evidence.Candidate;
import hu.gyakorlattar.impact.Evidence.InterestSource;
import hu.gyakorlattar.impact.Evidence.Interests;
import hu.gyakorlattar.impact.RecommendingPractices.Signal;
import hu.gyakorlattar.municipality.LegalStatus;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.practice.PublishedPractice;
import hu.gyakorlattar.shared.MessageBundles;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ranking on made-up evidence: what each signal is worth, what is never recommended,
 * and the sentence each recommendation says itself with.
 */
class RecommendingPracticesTests {

	private static final String ELDERLY_CARE = "Önkormányzati idősellátás";

	private static final String INNOVATION = "Önkormányzati innovációk";

	private static final MunicipalitySummary FUZER = village("05485", "Füzér", "Borsod-Abaúj-Zemplén", 420);

	private static final MunicipalitySummary BOZSVA = village("31006", "Bózsva", "Borsod-Abaúj-Zemplén", 190);

	private static final MunicipalitySummary HOLLOHAZA = village("13763", "Hollóháza", "Borsod-Abaúj-Zemplén", 800);

	private static final MunicipalitySummary VELEMER = village("10755", "Velemér", "Vas", 80);

	private static final MunicipalitySummary SZALAFO = village("10630", "Szalafő", "Vas", 220);

	private static final MunicipalitySummary SZOLNOK = new MunicipalitySummary("27854", "Szolnok",
			LegalStatus.MEGYESZEKHELY_MEGYEI_JOGU_VAROS, "Jász-Nagykun-Szolnok", "Szolnoki", 68_000);

	private static final MunicipalitySummary KERULET = new MunicipalitySummary("13189", "Budapest XIII. kerület",
			LegalStatus.FOVAROSI_KERULET, "főváros", "", 118_000);

	private final ResourceBundleMessageSource messages = MessageBundles.withoutFallback();

	@Test
	void aMunicipalityIsNeverRecommendedItsOwnPracticeNorOneItTakesUpOrStopped() {
		Candidate own = practice(1, "Füzéri falubusz", ELDERLY_CARE, FUZER);
		Candidate takenUp = practice(2, "Bózsvai falugondnok", ELDERLY_CARE, BOZSVA);
		Candidate stopped = practice(3, "Telkibányai közösségi busz", INNOVATION, HOLLOHAZA);
		Evidence evidence = new Evidence(List.of(own, takenUp, stopped),
				List.of(new Adoption(2, FUZER, false), new Adoption(3, FUZER, true)));

		assertThat(RecommendingPractices.rank(FUZER, Interests.none(), evidence)).isEmpty();
	}

	@Test
	void aPracticeThatAlikeMunicipalitiesTakeUpComesFirstAndSaysSoInOneSentence() {
		Candidate nearby = practice(1, "Hollóházi porcelán tanösvény", INNOVATION, HOLLOHAZA);
		Candidate takenUpByAlike = practice(2, "Szalafői tanyagondnok", ELDERLY_CARE, SZOLNOK);
		Evidence evidence = new Evidence(List.of(nearby, takenUpByAlike),
				List.of(new Adoption(2, VELEMER, false), new Adoption(2, SZALAFO, false)));

		List<Recommendation> ranked = RecommendingPractices.rank(FUZER, Interests.none(), evidence);

		assertThat(ranked).extracting((recommendation) -> recommendation.practice().id()).containsExactly(2L, 1L);
		assertThat(sentence(ranked.get(0))).isEqualTo("Hasonló méretű községekben 2 helyen már átvették.");
		assertThat(sentence(ranked.get(0), Locale.ENGLISH))
			.isEqualTo("Similar-sized villages have taken it up: 2 of them.");
		assertThat(sentence(ranked.get(1))).isEqualTo("Ugyanebben a vármegyében működik: Hollóháza.");
	}

	@Test
	void theScoreIsTheSumOfTheNamedSignalsPoints() {
		Candidate candidate = practice(1, "Bózsvai falugondnok", ELDERLY_CARE, BOZSVA);
		Evidence evidence = new Evidence(List.of(candidate), List.of(new Adoption(1, HOLLOHAZA, false)));

		Recommendation recommendation = RecommendingPractices.rank(FUZER, Interests.none(), evidence).get(0);

		assertThat(recommendation.points()).isEqualTo(Map.of(Signal.SIMILAR_ADOPTERS, 2.0, Signal.NEARBY_ADOPTERS, 1.0,
				Signal.ADOPTERS, 0.5, Signal.ORIGIN_SIZE, 1.0, Signal.ORIGIN_KIND, 1.0, Signal.ORIGIN_COUNTY, 1.5));
		assertThat(recommendation.score()).isEqualTo(7.0);
	}

	@Test
	void aStoppedTransferIsNoReasonToRecommend() {
		Candidate stoppedByAlike = practice(1, "Szolnoki okosváros", INNOVATION, SZOLNOK);
		Evidence evidence = new Evidence(List.of(stoppedByAlike),
				List.of(new Adoption(1, VELEMER, true), new Adoption(1, SZALAFO, true)));

		assertThat(RecommendingPractices.rank(FUZER, Interests.none(), evidence)).isEmpty();
	}

	@Test
	void aThemeTheMunicipalityAppliedInRaisesItsPracticesAndIsNamedAsTheReason() {
		Candidate elderly = practice(1, "Szolnoki idősklub", ELDERLY_CARE, SZOLNOK);
		Candidate innovation = practice(2, "Szolnoki okosváros", INNOVATION, SZOLNOK);
		Evidence evidence = new Evidence(List.of(elderly, innovation), List.of());
		Interests applied = new Interests(Map.of(ELDERLY_CARE, InterestSource.APPLICATION));

		List<Recommendation> ranked = RecommendingPractices.rank(FUZER, applied, evidence);

		assertThat(ranked).singleElement()
			.satisfies((recommendation) -> assertThat(sentence(recommendation))
				.isEqualTo("A település pályázott ebben a témában: Önkormányzati idősellátás."));
	}

	@Test
	void theThemeOfAPracticeItTakesUpCountsAsAnInterest() {
		Candidate takenUp = practice(1, "Bózsvai falugondnok", ELDERLY_CARE, BOZSVA);
		Candidate sameTheme = practice(2, "Szolnoki idősklub", ELDERLY_CARE, SZOLNOK);
		Evidence evidence = new Evidence(List.of(takenUp, sameTheme), List.of(new Adoption(1, FUZER, false)));

		assertThat(RecommendingPractices.rank(FUZER, Interests.none(), evidence)).singleElement()
			.satisfies((recommendation) -> assertThat(sentence(recommendation))
				.isEqualTo("A település ebben a témában már átvesz egy gyakorlatot: Önkormányzati idősellátás."));
	}

	@Test
	void anOriginOfTheSameSizeAndKindElsewhereIsNamedWithItsKind() {
		Candidate alikeFarAway = practice(1, "Szalafői tanyagondnok", ELDERLY_CARE, SZALAFO);

		assertThat(RecommendingPractices.rank(FUZER, Interests.none(), new Evidence(List.of(alikeFarAway), List.of())))
			.singleElement()
			.satisfies((recommendation) -> assertThat(sentence(recommendation))
				.isEqualTo("Egy hasonló méretű község gyakorlata: Szalafő."));
	}

	@Test
	void aDistrictOfBudapestLearnsOfTheOtherDistrictsTakingItUp() {
		MunicipalitySummary ujpest = new MunicipalitySummary("13204", "Budapest IV. kerület",
				LegalStatus.FOVAROSI_KERULET, "főváros", "", 105_000);
		MunicipalitySummary zuglo = new MunicipalitySummary("29744", "Budapest XIV. kerület",
				LegalStatus.FOVAROSI_KERULET, "főváros", "", 125_000);
		Candidate villagePractice = practice(1, "Bózsvai falugondnok", ELDERLY_CARE, BOZSVA);
		Evidence evidence = new Evidence(List.of(villagePractice),
				List.of(new Adoption(1, ujpest, false), new Adoption(1, zuglo, false)));

		Recommendation recommendation = RecommendingPractices.rank(KERULET, Interests.none(), evidence).get(0);

		assertThat(recommendation.points()).containsEntry(Signal.NEARBY_ADOPTERS, 2.0);
		assertThat(sentence(recommendation)).isEqualTo("Hasonló méretű fővárosi kerületekben 2 helyen már átvették.");
	}

	@Test
	void aPracticeWithNothingInCommonIsNotRecommended() {
		Candidate farAndUnlike = practice(1, "Szolnoki okosváros", INNOVATION, SZOLNOK);

		assertThat(
				RecommendingPractices.rank(KERULET, Interests.none(), new Evidence(List.of(farAndUnlike), List.of())))
			.isEmpty();
	}

	@Test
	void leavingATransferOutOfTheEvidenceTakesAwayItsSignals() {
		Candidate candidate = practice(1, "Bózsvai falugondnok", ELDERLY_CARE, BOZSVA);
		Adoption hollohaza = new Adoption(1, HOLLOHAZA, false);
		Evidence evidence = new Evidence(List.of(candidate), List.of(hollohaza));

		assertThat(RecommendingPractices.rank(FUZER, Interests.none(), evidence.without(hollohaza)).get(0).points())
			.doesNotContainKeys(Signal.SIMILAR_ADOPTERS, Signal.NEARBY_ADOPTERS, Signal.ADOPTERS);
	}

	private String sentence(Recommendation recommendation) {
		return sentence(recommendation, Locale.forLanguageTag("hu"));
	}

	private String sentence(Recommendation recommendation, Locale locale) {
		return this.messages.getMessage(recommendation.explanation(), locale);
	}

	private static Candidate practice(long id, String title, String theme, MunicipalitySummary origin) {
		return new Candidate(new PublishedPractice(id, "gyakorlat-" + id, title, "", 2021, List.of(origin.kshCode()),
				List.of(origin.name()), List.of(id), "gazda@example.hu"), List.of(origin), Set.of(theme));
	}

	private static MunicipalitySummary village(String kshCode, String name, String county, int population) {
		return new MunicipalitySummary(kshCode, name, LegalStatus.KOZSEG, county, "", population);
	}

}
