package hu.gyakorlattar.evaluation;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.shared.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The committee decides by vote: a motion is carried once the quorum voted and the yes
 * votes hold the majority whatever the rest still say, defeated once they cannot; a
 * member with a conflict does not vote or count; each member votes once, a "no" with its
 * reason, and nobody votes after the end.
 */
class MotionTests {

	private static final Instant NOW = Instant.parse("2021-09-20T08:00:00Z");

	private static final Set<String> FIVE = Set.of("a@bizottsag.hu", "b@bizottsag.hu", "c@bizottsag.hu",
			"d@bizottsag.hu", "e@bizottsag.hu");

	@Test
	void threeYesVotesOfFiveCarryASimpleMajorityAtOnceAndTheRestCanNoLongerVote() {
		Motion motion = motion(Quorum.MORE_THAN_HALF, Majority.SIMPLE, Set.of());

		assertThat(motion.vote("a@bizottsag.hu", Vote.Choice.YES, "", false, NOW)).isEqualTo(Motion.Outcome.OPEN);
		assertThat(motion.vote("b@bizottsag.hu", Vote.Choice.YES, "", false, NOW)).isEqualTo(Motion.Outcome.OPEN);
		assertThat(motion.vote("c@bizottsag.hu", Vote.Choice.YES, "", false, NOW)).isEqualTo(Motion.Outcome.CARRIED);

		assertRefused(() -> motion.vote("d@bizottsag.hu", Vote.Choice.NO, "Késő.", false, NOW),
				"evaluation.vote.closed");
	}

	@Test
	void aMajorityThatTheOutstandingVotesCouldStillTurnWaitsForThem() {
		Motion motion = motion(Quorum.MORE_THAN_HALF, Majority.SIMPLE, Set.of());
		motion.vote("a@bizottsag.hu", Vote.Choice.YES, "", false, NOW);
		motion.vote("b@bizottsag.hu", Vote.Choice.YES, "", false, NOW);

		assertThat(motion.vote("c@bizottsag.hu", Vote.Choice.NO, "Nem átvehető.", false, NOW))
			.as("2 yes, 1 no, 2 outstanding")
			.isEqualTo(Motion.Outcome.OPEN);
		assertThat(motion.vote("d@bizottsag.hu", Vote.Choice.NO, "Drága.", false, NOW)).isEqualTo(Motion.Outcome.OPEN);
		assertThat(motion.vote("e@bizottsag.hu", Vote.Choice.NO, "Nincs eredmény.", false, NOW))
			.isEqualTo(Motion.Outcome.DEFEATED);
	}

	@Test
	void closingTheVoteWithoutTheQuorumDefeatsTheMotionAndWithItDecidesOnTheVotesCast() {
		Motion short_ = motion(Quorum.MORE_THAN_HALF, Majority.SIMPLE, Set.of());
		short_.vote("a@bizottsag.hu", Vote.Choice.YES, "", false, NOW);
		short_.vote("b@bizottsag.hu", Vote.Choice.YES, "", false, NOW);
		assertThat(short_.close(NOW)).as("2 of 5 voted: no quorum").isEqualTo(Motion.Outcome.DEFEATED);

		Motion quorate = motion(Quorum.MORE_THAN_HALF, Majority.SIMPLE, Set.of());
		quorate.vote("a@bizottsag.hu", Vote.Choice.YES, "", false, NOW);
		quorate.vote("b@bizottsag.hu", Vote.Choice.YES, "", false, NOW);
		quorate.vote("c@bizottsag.hu", Vote.Choice.NO, "Nem átvehető.", false, NOW);
		assertThat(quorate.close(NOW)).isEqualTo(Motion.Outcome.CARRIED);
		assertRefused(() -> quorate.close(NOW), "evaluation.vote.closed");
	}

	@Test
	void anAbstentionCountsAgainstAnAbsoluteMajorityButNotASimpleOne() {
		assertThat(Majority.SIMPLE.carries(2, 1, 2)).isTrue();
		assertThat(Majority.ABSOLUTE.carries(2, 1, 2)).isFalse();
		assertThat(Majority.TWO_THIRDS.carries(4, 2, 0)).isTrue();
		assertThat(Majority.TWO_THIRDS.carries(3, 2, 0)).isFalse();
	}

	@Test
	void aMemberWithAConflictNeitherVotesNorCountsTowardsTheQuorum() {
		Motion motion = motion(Quorum.MORE_THAN_HALF, Majority.SIMPLE, Set.of("e@bizottsag.hu"));

		assertRefused(() -> motion.vote("e@bizottsag.hu", Vote.Choice.YES, "", false, NOW), "evaluation.vote.conflict");
		assertRefused(() -> motion.vote("d@bizottsag.hu", Vote.Choice.YES, "", true, NOW), "evaluation.vote.conflict");
		motion.vote("a@bizottsag.hu", Vote.Choice.YES, "", false, NOW);
		motion.vote("b@bizottsag.hu", Vote.Choice.YES, "", false, NOW);
		assertThat(motion.vote("c@bizottsag.hu", Vote.Choice.YES, "", false, NOW))
			.as("3 of the 4 entitled: quorum, and the fourth cannot turn it")
			.isEqualTo(Motion.Outcome.CARRIED);
		assertThat(motion.toView().excluded()).containsExactly("e@bizottsag.hu");
		assertThat(motion.toView().quorumVotes()).isEqualTo(3);
	}

	@Test
	void aMemberWhoDeclaresAConflictDuringTheVoteNoLongerCountsButAVoteCastStays() {
		Motion motion = motion(Quorum.ALL, Majority.SIMPLE, Set.of());
		motion.vote("a@bizottsag.hu", Vote.Choice.YES, "", false, NOW);
		motion.exclude("a@bizottsag.hu");
		motion.exclude("e@bizottsag.hu");

		assertRefused(() -> motion.vote("e@bizottsag.hu", Vote.Choice.YES, "", false, NOW), "evaluation.vote.conflict");
		motion.vote("b@bizottsag.hu", Vote.Choice.YES, "", false, NOW);
		motion.vote("c@bizottsag.hu", Vote.Choice.YES, "", false, NOW);
		assertThat(motion.vote("d@bizottsag.hu", Vote.Choice.NO, "Drága.", false, NOW))
			.as("all four still entitled voted, the yes votes hold the majority")
			.isEqualTo(Motion.Outcome.CARRIED);
		assertThat(motion.toView().excluded()).containsExactly("e@bizottsag.hu");
	}

	@Test
	void aNoNeedsItsReasonEachMemberVotesOnceAndOnlyMembersVote() {
		Motion motion = motion(Quorum.MORE_THAN_HALF, Majority.SIMPLE, Set.of());

		assertThatThrownBy(() -> motion.vote("a@bizottsag.hu", Vote.Choice.NO, "  ", false, NOW))
			.isInstanceOfSatisfying(InvalidInput.class, (refused) -> assertThat(refused.field()).isEqualTo("reason"));
		assertThatThrownBy(() -> motion.vote("a@bizottsag.hu", null, "", false, NOW))
			.isInstanceOfSatisfying(InvalidInput.class, (refused) -> assertThat(refused.field()).isEqualTo("choice"));
		motion.vote("a@bizottsag.hu", Vote.Choice.ABSTAIN, "", false, NOW);
		assertRefused(() -> motion.vote("a@bizottsag.hu", Vote.Choice.YES, "", false, NOW), "evaluation.vote.twice");
		assertRefused(() -> motion.vote("iroda@example.hu", Vote.Choice.YES, "", false, NOW),
				"evaluation.vote.notMember");
		assertThat(motion.toView().votes()).hasSize(1);
	}

	@Test
	void aMotionNeedsACommitteeWithSomeoneFreeOfConflicts() {
		assertRefused(() -> new Motion(7, Result.WINNER, "Kiváló.", Quorum.ALL, Majority.SIMPLE, Set.of(), Set.of(),
				"iroda@example.hu", NOW), "evaluation.motion.noCommittee");
		assertRefused(() -> new Motion(7, Result.WINNER, "Kiváló.", Quorum.ALL, Majority.SIMPLE,
				Set.of("a@bizottsag.hu"), Set.of("a@bizottsag.hu"), "iroda@example.hu", NOW),
				"evaluation.motion.everyoneConflicted");
	}

	@Test
	void theQuorumRulesCountTheMembersEntitledToVote() {
		assertThat(Quorum.MORE_THAN_HALF.of(5)).isEqualTo(3);
		assertThat(Quorum.MORE_THAN_HALF.of(4)).isEqualTo(3);
		assertThat(Quorum.TWO_THIRDS.of(6)).isEqualTo(4);
		assertThat(Quorum.ALL.of(5)).isEqualTo(5);
	}

	private static Motion motion(Quorum quorum, Majority majority, Set<String> conflicted) {
		return new Motion(7, Result.WINNER, "Kiváló.", quorum, majority, FIVE, conflicted, "iroda@example.hu", NOW);
	}

	private static void assertRefused(Runnable action, String messageKey) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInput.class,
				(refused) -> assertThat(refused.messageKey()).isEqualTo(messageKey));
	}

}
