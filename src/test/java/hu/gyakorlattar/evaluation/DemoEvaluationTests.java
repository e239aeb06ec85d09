package hu.gyakorlattar.evaluation;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.call.CallManagement;
import hu.gyakorlattar.call.EvaluatedDemoCall;
import hu.gyakorlattar.call.CallView;
import hu.gyakorlattar.call.CriterionKind;
import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.submission.SubmissionManagement;
import hu.gyakorlattar.submission.SubmissionStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo year's evaluated call as a newcomer finds it: a dozen applications, two
 * evaluators each (one harsh, one generous), whose leniency the normalised ranking
 * removes, so that the committee's decisions follow another order than the raw means; one
 * flagged spread settled by a third evaluator; the results published to the applicants
 * and the votes on record for the committee.
 */
@ApplicationTest
class DemoEvaluationTests {

	private static final String HARSH = "agnes.kelemen@debrecen.demo.example.hu";

	private static final String GENEROUS = "bence.varga@veszprem.demo.example.hu";

	private static final String CHAIR = "zsuzsanna.horvath@bizottsag.demo.example.hu";

	private static final String PECS_APPLICANT = "peter.nagy@pecs.demo.example.hu";

	@Autowired
	CallManagement calls;

	@Autowired
	Ranking ranking;

	@Autowired
	Evaluations evaluations;

	@Autowired
	SubmissionManagement submissions;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void normalisingEachEvaluatorsLeniencyMovesTheHarshEvaluatorsApplicantsUpAndTheCommitteeDecidesByIt() {
		List<Ranking.Ranked> raw = this.ranking.of(demoCall().id());
		List<Ranking.Ranked> normalised = raw.stream()
			.sorted(Comparator.comparing(Ranking.Ranked::normalised, Comparator.reverseOrder()))
			.toList();
		System.out.println(table(raw, normalised));

		assertThat(raw).hasSize(12).noneMatch(Ranking.Ranked::fewerThanPlanned);
		Map<String, Double> leniency = raw.stream()
			.flatMap((ranked) -> ranked.tally().sheets().stream())
			.collect(Collectors.groupingBy(Tally.Sheet::evaluator,
					Collectors.averagingDouble(Tally.Sheet::weightedMean)));
		assertThat(leniency.get(HARSH)).as("the harsh evaluator scores lowest")
			.isEqualTo(leniency.values().stream().min(Double::compare).orElseThrow());
		assertThat(leniency.get(GENEROUS)).as("the generous evaluator scores highest")
			.isEqualTo(leniency.values().stream().max(Double::compare).orElseThrow());

		assertThat(municipalities(raw)).startsWith("Gödöllő", "Szentendre", "Pécs", "Sopron", "Kóspallag");
		assertThat(municipalities(normalised)).as("the harsh evaluator's applicants move up, the generous one's down")
			.startsWith("Gödöllő", "Pécs", "Kóspallag", "Szentendre");
		assertThat(normalised.subList(0, 3)).extracting((ranked) -> ranked.evaluation().result())
			.as("the committee's awards follow the normalised order")
			.containsExactly(Result.WINNER, Result.GOOD_PRACTICE, Result.GOOD_PRACTICE);
		assertThat(raw.get(1).evaluation().result()).isEqualTo(Result.SPECIAL_PRIZE);
	}

	@Test
	void everyDemoSheetScoresEveryCriterionWithACommentAndOneFlaggedSpreadIsSettledByAThirdEvaluator() {
		CallView call = demoCall();
		List<Ranking.Ranked> ranked = this.ranking.of(call.id());

		assertThat(ranked).flatExtracting((place) -> place.tally().sheets())
			.hasSize(25)
			.allSatisfy((sheet) -> assertThat(sheet.scores()).containsOnlyKeys(CriterionKind.values())
				.allSatisfy((kind, score) -> {
					assertThat(score.score()).isBetween(call.scaleMin(), call.scaleMax());
					assertThat(score.comment()).isNotBlank();
				}));
		assertThat(ranked).filteredOn((place) -> place.tally().disputed()).singleElement().satisfies((place) -> {
			assertThat(place.evaluation().municipality()).isEqualTo("Miskolc");
			assertThat(place.tally().settlement()).isEqualTo(Tally.Spread.THIRD_IN);
			assertThat(place.tally().sheets()).hasSize(3);
		});
		assertThat(ranked).allSatisfy((place) -> {
			assertThat(place.evaluation().stage()).isEqualTo(Stage.DECIDED);
			assertThat(place.evaluation().publishedAt()).isNotNull();
		});
	}

	@Test
	void theApplicantReadsThePublishedFeedbackAndTheCommitteeTheRecordedVotesByName() throws Exception {
		Ranking.Ranked pecs = place("Pécs");
		long id = pecs.evaluation().id();

		assertThat(this.submissions.find(id).orElseThrow().status()).isEqualTo(SubmissionStatus.GOOD_PRACTICE);
		this.mvc.perform(get("/fiok/palyazatok/" + id + "/ertekeles").with(user(PECS_APPLICANT).roles("APPLICANT")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Jó gyakorlat"),
					containsString("értékelőnként normalizálva a második"), not(containsString("Kelemen")))));
		this.mvc
			.perform(get("/bizottsagi-ertekeles/palyazatok/" + place("Gyöngyös").evaluation().id())
				.with(user(CHAIR).roles("COMMITTEE")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("dr. Horváth Zsuzsanna"), containsString("elutasítva"),
					containsString("elfogadva"), containsString("Egyetértek az elnökkel."),
					not(containsString("@bizottsag.demo.example.hu")))));
		this.mvc
			.perform(get("/bizottsagi-ertekeles/felhivasok/" + demoCall().id()).with(user(CHAIR).roles("COMMITTEE")))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("Közös falubusz és e-ügyintézési pont két börzsönyi faluban"),
							not(containsString("@debrecen.demo.example.hu")),
							not(containsString("Formai ellenőrzésre váró")))));
	}

	@Test
	void aSecondStartOfTheDemoDataAddsNothing() throws Exception {
		long callId = demoCall().id();
		String counts = """
				select (select count(*) from submission where call_id = ?) || '/'
				|| (select count(*) from evaluation_assignment a join submission s on s.id = a.submission_id
				    where s.call_id = ?) || '/'
				|| (select count(*) from evaluation_motion m join submission s on s.id = m.submission_id
				    where s.call_id = ?) || '/'
				|| (select count(*) from evaluation_stage_change c join evaluation_case e on e.submission_id = c.submission_id
				    where e.call_id = ?) || '/'
				|| (select count(*) from account)""";
		String before = this.jdbc.queryForObject(counts, String.class, callId, callId, callId, callId);

		for (ApplicationRunner demo : this.context.getBeansOfType(ApplicationRunner.class).values()) {
			if (demo.getClass().getSimpleName().contains("DemoData")) {
				demo.run(new DefaultApplicationArguments());
			}
		}

		assertThat(this.jdbc.queryForObject(counts, String.class, callId, callId, callId, callId)).isEqualTo(before)
			.startsWith("12/25/13/");
	}

	private Ranking.Ranked place(String municipality) {
		return this.ranking.of(demoCall().id())
			.stream()
			.filter((ranked) -> ranked.evaluation().municipality().equals(municipality))
			.findFirst()
			.orElseThrow();
	}

	private CallView demoCall() {
		return EvaluatedDemoCall.in(this.calls).orElseThrow();
	}

	private static List<String> municipalities(List<Ranking.Ranked> ranking) {
		return ranking.stream().map((ranked) -> ranked.evaluation().municipality()).toList();
	}

	/** The ranking before and after normalisation, as Markdown for the note. */
	private static String table(List<Ranking.Ranked> raw, List<Ranking.Ranked> normalised) {
		StringBuilder table = new StringBuilder(
				"| raw rank | normalised rank | application | municipality | raw weighted mean | normalised score | result |\n"
						+ "|---:|---:|---|---|---:|---:|---|\n");
		for (Ranking.Ranked ranked : raw) {
			table.append(String.format(Locale.ROOT, "| %d | %d | %s | %s | %.3f | %+.3f | %s |%n", ranked.rank(),
					normalised.indexOf(ranked) + 1, ranked.evaluation().submission().title(),
					ranked.evaluation().municipality(), ranked.tally().mean(), ranked.normalised(),
					ranked.evaluation().result()));
		}
		return table.toString();
	}

}
