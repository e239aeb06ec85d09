package hu.gyakorlattar.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A motion as the committee's page and the minutes show it: the proposed result with its
 * justification, the rules it is voted by, who may vote and who is excluded, every vote,
 * and how it ended.
 */
record MotionView(Result result, String justification, Quorum quorum, Majority majority, String proposedBy,
		Instant proposedAt, Motion.Outcome outcome, Instant closedAt, List<String> voters, List<String> excluded,
		List<Cast> votes) {

	MotionView {
		voters = List.copyOf(voters);
		excluded = List.copyOf(excluded);
		votes = List.copyOf(votes);
	}

	public boolean open() {
		return this.outcome == Motion.Outcome.OPEN;
	}

	/** The fewest votes that make the quorum. */
	public int quorumVotes() {
		return this.quorum.of(this.voters.size());
	}

	/** Whether this member may still vote on it. */
	public boolean awaits(String member) {
		return open() && this.voters.contains(member)
				&& this.votes.stream().noneMatch((vote) -> vote.member().equals(member));
	}

	public long yes() {
		return count(Vote.Choice.YES);
	}

	public long no() {
		return count(Vote.Choice.NO);
	}

	public long abstained() {
		return count(Vote.Choice.ABSTAIN);
	}

	private long count(Vote.Choice choice) {
		return this.votes.stream().filter((vote) -> vote.choice() == choice).count();
	}

	/** The same motion with every person given as {@code name} says, e.g. by name. */
	MotionView named(UnaryOperator<String> name) {
		return new MotionView(this.result, this.justification, this.quorum, this.majority, name.apply(this.proposedBy),
				this.proposedAt, this.outcome, this.closedAt, this.voters.stream().map(name).toList(),
				this.excluded.stream().map(name).toList(),
				this.votes.stream()
					.map((vote) -> new Cast(name.apply(vote.member()), vote.choice(), vote.reason(), vote.at()))
					.toList());
	}

	/** One member's vote. */
	record Cast(String member, Vote.Choice choice, String reason, Instant at) {

	}

}
