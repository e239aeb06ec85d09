package hu.gyakorlattar.evaluation;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.submission.SubmissionStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The evaluation file owns the stage: each move follows the ladder or is refused with a
 * message, lands in the audit log, and says what the applicant sees from now on.
 */
class EvaluationCaseTests {

	private static final Instant NOW = Instant.parse("2021-07-20T08:00:00Z");

	private static final String COMMITTEE = "bizottsag@example.hu";

	private final EvaluationCase evaluation = new EvaluationCase(7, 3);

	@Test
	void anAcceptedApplicationShowsItPassedTheFormalCheckAndIsUnderEvaluation() {
		EvaluationStageChanged accepted = this.evaluation.accept(COMMITTEE, NOW, "");

		assertThat(this.evaluation.getStage()).isEqualTo(Stage.WRITTEN_EVALUATION);
		assertThat(accepted.from()).isEqualTo(Stage.FORMAL_CHECK);
		assertThat(accepted.to()).isEqualTo(Stage.WRITTEN_EVALUATION);
		assertThat(accepted.shownStatuses()).containsExactly(SubmissionStatus.FORMALLY_ACCEPTED,
				SubmissionStatus.UNDER_EVALUATION);
		assertThat(accepted.sequence()).isEqualTo(1);
	}

	@Test
	void anApplicationPastTheFormalCheckCannotBeAcceptedOrRejectedAgain() {
		this.evaluation.accept(COMMITTEE, NOW, "");

		assertRefused(() -> this.evaluation.accept(COMMITTEE, NOW, ""), "evaluation.stage.wrong");
		assertRefused(() -> this.evaluation.reject(COMMITTEE, NOW, "Késve érkezett."), "evaluation.stage.wrong");
		assertThat(this.evaluation.getChanges()).hasSize(1);
	}

	@Test
	void aRejectionWithoutAReasonIsRefusedAtTheReasonField() {
		assertThatThrownBy(() -> this.evaluation.reject(COMMITTEE, NOW, " ")).isInstanceOfSatisfying(InvalidInput.class,
				(refused) -> assertThat(refused.field()).isEqualTo("reason"));
		assertThat(this.evaluation.getStage()).isEqualTo(Stage.FORMAL_CHECK);
	}

	@Test
	void onlyAnApplicationInTheWrittenEvaluationIsShortlisted() {
		assertRefused(() -> this.evaluation.shortlist(COMMITTEE, NOW, ""), "evaluation.stage.wrong");

		this.evaluation.accept(COMMITTEE, NOW, "");

		assertThat(this.evaluation.shortlist(COMMITTEE, NOW, "").shownStatuses())
			.containsExactly(SubmissionStatus.SHORTLISTED);
	}

	@Test
	void onlyAShortlistedApplicationGetsAVisitAndTheFinalNeedsOne() {
		assertRefused(() -> this.evaluation.visited(SiteVisit.Mode.ONLINE, LocalDate.of(2021, 9, 1), "Jelentés",
				COMMITTEE, NOW), "evaluation.stage.wrong");
		this.evaluation.accept(COMMITTEE, NOW, "");
		this.evaluation.shortlist(COMMITTEE, NOW, "");

		assertRefused(() -> this.evaluation.invite(false, COMMITTEE, NOW, ""), "evaluation.final.noVisit");
		assertThat(this.evaluation.visited(SiteVisit.Mode.ONLINE, LocalDate.of(2021, 9, 1), "Jelentés", COMMITTEE, NOW))
			.isNotNull();
		assertThat(this.evaluation.invite(true, COMMITTEE, NOW, "").shownStatuses())
			.containsExactly(SubmissionStatus.FINALIST);
	}

	@Test
	void theCommitteeDecidesOnlyAfterTheFormalCheckAndTheApplicantLearnsItOnlyWhenPublished() {
		assertRefused(() -> this.evaluation.decide(Result.WINNER, "Kiváló.", Tally.Spread.CLEAR, COMMITTEE, NOW),
				"evaluation.stage.wrong");
		this.evaluation.accept(COMMITTEE, NOW, "");

		EvaluationStageChanged decided = this.evaluation.decide(Result.WINNER, "Kiváló.", Tally.Spread.CLEAR, COMMITTEE,
				NOW);

		assertThat(decided.to()).isEqualTo(Stage.DECIDED);
		assertThat(decided.shownStatuses()).isEmpty();
		assertRefused(() -> this.evaluation.decide(Result.NOT_SELECTED, "Mégsem.", Tally.Spread.CLEAR, COMMITTEE, NOW),
				"evaluation.stage.wrong");
		ResultsPublished published = this.evaluation.publish("iroda@example.hu", NOW);
		assertThat(published.shownStatuses()).containsExactly(SubmissionStatus.WINNER);
		assertThat(published.sequence()).as("after the decision's news").isGreaterThan(decided.sequence());
		assertThat(published.reason()).isEqualTo("Kiváló.");
	}

	@Test
	void aSpreadAwaitingItsThirdEvaluatorOrWithNoneFreeBlocksTheDecisionUntilResolvedInWriting() {
		this.evaluation.accept(COMMITTEE, NOW, "");

		assertRefused(
				() -> this.evaluation.decide(Result.WINNER, "Kiváló.", Tally.Spread.THIRD_AWAITED, COMMITTEE, NOW),
				"evaluation.spread.awaitingThird");
		assertRefused(() -> this.evaluation.decide(Result.WINNER, "Kiváló.", Tally.Spread.UNSETTLED, COMMITTEE, NOW),
				"evaluation.spread.unresolved");
		assertThat(this.evaluation.getStage()).isEqualTo(Stage.WRITTEN_EVALUATION);

		this.evaluation.resolveSpread(Tally.Spread.UNSETTLED, " Az egyik értékelő félreolvasta a költségeket. ",
				COMMITTEE, NOW);

		assertThat(this.evaluation.getSpreadResolution())
			.isEqualTo(new EvaluationView.Resolution("Az egyik értékelő félreolvasta a költségeket.", COMMITTEE, NOW));
		assertThat(this.evaluation.decide(Result.WINNER, "Kiváló.", Tally.Spread.UNSETTLED, COMMITTEE, NOW).to())
			.isEqualTo(Stage.DECIDED);
	}

	@Test
	void aThirdEvaluatorsScoresSettleTheSpreadWithoutAWrittenResolution() {
		this.evaluation.accept(COMMITTEE, NOW, "");

		assertThat(
				this.evaluation.decide(Result.GOOD_PRACTICE, "Átvehető.", Tally.Spread.THIRD_IN, COMMITTEE, NOW).to())
			.isEqualTo(Stage.DECIDED);
		assertThat(this.evaluation.getSpreadResolution()).isNull();
	}

	@Test
	void aResolutionNeedsItsTextASpreadToResolveAndIsGivenOnce() {
		this.evaluation.accept(COMMITTEE, NOW, "");

		assertThatThrownBy(() -> this.evaluation.resolveSpread(Tally.Spread.UNSETTLED, " ", COMMITTEE, NOW))
			.isInstanceOfSatisfying(InvalidInput.class,
					(refused) -> assertThat(refused.field()).isEqualTo("resolution"));
		assertRefused(() -> this.evaluation.resolveSpread(Tally.Spread.CLEAR, "Nincs eltérés.", COMMITTEE, NOW),
				"evaluation.spread.nothingToResolve");
		this.evaluation.resolveSpread(Tally.Spread.THIRD_AWAITED, "Nem várunk.", COMMITTEE, NOW);
		assertRefused(() -> this.evaluation.resolveSpread(Tally.Spread.THIRD_AWAITED, "Mégis.", COMMITTEE, NOW),
				"evaluation.spread.alreadyResolved");
	}

	@Test
	void resultsArePublishedOnceAndNeverBeforeADecision() {
		this.evaluation.accept(COMMITTEE, NOW, "");
		assertRefused(() -> this.evaluation.publish("iroda@example.hu", NOW), "evaluation.publish.undecided");
		this.evaluation.decide(Result.GOOD_PRACTICE, "Átvehető.", Tally.Spread.CLEAR, COMMITTEE, NOW);
		this.evaluation.publish("iroda@example.hu", NOW);

		assertRefused(() -> this.evaluation.publish("iroda@example.hu", NOW), "evaluation.publish.already");
	}

	@Test
	void aRejectedApplicationsResultIsPublishedWithoutANewStatus() {
		this.evaluation.reject(COMMITTEE, NOW, "Hiányzik a nyilatkozat.");

		assertThat(this.evaluation.publish("iroda@example.hu", NOW).shownStatuses()).isEmpty();
	}

	@Test
	void aStepBackForgetsTheDecisionAndIsLoggedWithItsReason() {
		this.evaluation.accept(COMMITTEE, NOW, "");
		this.evaluation.decide(Result.WINNER, "Kiváló.", Tally.Spread.CLEAR, COMMITTEE, NOW);

		EvaluationStageChanged back = this.evaluation.stepBack("iroda@example.hu", NOW, "Újratárgyaljuk.");

		assertThat(back.to()).isEqualTo(Stage.WRITTEN_EVALUATION);
		assertThat(back.sequence()).isEqualTo(3);
		assertThat(this.evaluation.getResult()).isNull();
		assertThat(this.evaluation.getJustification()).isEmpty();
		assertThat(this.evaluation.getChanges()).extracting(StageChange::toView)
			.last()
			.satisfies((move) -> assertThat(move.reason()).isEqualTo("Újratárgyaljuk."));
	}

	@Test
	void nothingIsTakenBackBeforeTheFirstMoveNorAfterPublicationNorWithoutAReason() {
		assertRefused(() -> this.evaluation.stepBack("iroda@example.hu", NOW, "Tévedés."),
				"evaluation.stepBack.nothing");
		this.evaluation.reject(COMMITTEE, NOW, "Hiányos.");
		assertRefused(() -> this.evaluation.stepBack("iroda@example.hu", NOW, ""), "evaluation.reason.required");
		this.evaluation.publish("iroda@example.hu", NOW);

		assertRefused(() -> this.evaluation.stepBack("iroda@example.hu", NOW, "Tévedés."),
				"evaluation.stepBack.published");
		assertThat(this.evaluation.getStage()).isEqualTo(Stage.REJECTED);
	}

	private static void assertRefused(Runnable move, String messageKey) {
		assertThatThrownBy(move::run).isInstanceOfSatisfying(InvalidInput.class,
				(refused) -> assertThat(refused.messageKey()).isEqualTo(messageKey));
	}

}
