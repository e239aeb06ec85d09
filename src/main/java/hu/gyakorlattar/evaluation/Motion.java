package hu.gyakorlattar.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import hu.gyakorlattar.shared.InvalidInput;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A result put to the committee's vote for one application, under the call's quorum and
 * majority as they stood when it was proposed. The members entitled to vote are fixed
 * then too; a member with a conflict of interest is on record as excluded and does not
 * count. Each member votes once, a "no" with its reason. The motion is carried as soon as
 * the quorum has voted and the yes votes hold the majority whatever the others still say,
 * defeated as soon as they no longer can; closing the vote decides it on the votes cast.
 * Nothing is voted on after that.
 */
@Entity
@Table(name = "evaluation_motion")
class Motion {

	/** Where a motion stands. */
	enum Outcome {

		OPEN, CARRIED, DEFEATED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long submissionId;

	@Enumerated(EnumType.STRING)
	private Result result;

	private String justification;

	@Enumerated(EnumType.STRING)
	private Quorum quorum;

	@Enumerated(EnumType.STRING)
	private Majority majority;

	private String proposedBy;

	private Instant proposedAt;

	@Enumerated(EnumType.STRING)
	private Outcome outcome = Outcome.OPEN;

	private Instant closedAt;

	@Version
	private long version;

	/** Every member of the call's committee, and whether a conflict excludes them. */
	@ElementCollection
	@CollectionTable(name = "evaluation_motion_seat", joinColumns = @JoinColumn(name = "motion_id"))
	@MapKeyColumn(name = "member")
	@Column(name = "excluded")
	private Map<String, Boolean> seats = new HashMap<>();

	@OneToMany(mappedBy = "motion", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<Vote> votes = new ArrayList<>();

	protected Motion() {
	}

	Motion(long submissionId, Result result, String justification, Quorum quorum, Majority majority,
			Set<String> committee, Set<String> conflicted, String proposedBy, Instant now) {
		if (committee.isEmpty()) {
			throw new InvalidInput(null, "evaluation.motion.noCommittee");
		}
		if (conflicted.containsAll(committee)) {
			throw new InvalidInput(null, "evaluation.motion.everyoneConflicted");
		}
		this.submissionId = submissionId;
		this.result = result;
		this.justification = justification;
		this.quorum = quorum;
		this.majority = majority;
		this.proposedBy = proposedBy;
		this.proposedAt = now;
		committee.forEach((member) -> this.seats.put(member, conflicted.contains(member)));
	}

	/**
	 * A member's vote; answers how the motion stands after it. A member with a conflict
	 * found since the motion was proposed is refused like one excluded from the start.
	 */
	Outcome vote(String member, Vote.Choice choice, String reason, boolean conflicted, Instant now) {
		if (this.outcome != Outcome.OPEN) {
			throw new InvalidInput(null, "evaluation.vote.closed");
		}
		if (!this.seats.containsKey(member)) {
			throw new InvalidInput(null, "evaluation.vote.notMember");
		}
		if (this.seats.get(member) || conflicted) {
			throw new InvalidInput(null, "evaluation.vote.conflict");
		}
		if (this.votes.stream().anyMatch((vote) -> vote.getMember().equals(member))) {
			throw new InvalidInput(null, "evaluation.vote.twice");
		}
		if (choice == null) {
			throw new InvalidInput("choice", "evaluation.vote.choice.required");
		}
		String given = (reason != null) ? reason.strip() : "";
		if (choice == Vote.Choice.NO && given.isEmpty()) {
			throw new InvalidInput("reason", "evaluation.vote.reason.required");
		}
		this.votes.add(new Vote(this, member, choice, given, now));
		int yes = count(Vote.Choice.YES);
		int no = count(Vote.Choice.NO);
		int abstain = count(Vote.Choice.ABSTAIN);
		int outstanding = voterCount() - this.votes.size();
		if (this.quorum.met(this.votes.size(), voterCount()) && this.majority.carries(yes, no + outstanding, abstain)) {
			end(Outcome.CARRIED, now);
		}
		else if (!this.majority.carries(yes + outstanding, no, abstain)) {
			end(Outcome.DEFEATED, now);
		}
		return this.outcome;
	}

	/** The vote is open and the member has a seat with a vote not yet cast. */
	boolean awaits(String member) {
		return this.outcome == Outcome.OPEN && Boolean.FALSE.equals(this.seats.get(member))
				&& this.votes.stream().noneMatch((vote) -> vote.getMember().equals(member));
	}

	/**
	 * A member declared a conflict while the motion is open: from now on they are
	 * excluded and no longer count towards the quorum, unless they voted already (a vote
	 * cast stays on record).
	 */
	void exclude(String member) {
		if (this.outcome == Outcome.OPEN && this.seats.containsKey(member)
				&& this.votes.stream().noneMatch((vote) -> vote.getMember().equals(member))) {
			this.seats.put(member, true);
		}
	}

	/**
	 * The vote closes with members absent: carried if the quorum voted and the yes votes
	 * hold the majority of the votes cast, defeated otherwise.
	 */
	Outcome close(Instant now) {
		if (this.outcome != Outcome.OPEN) {
			throw new InvalidInput(null, "evaluation.vote.closed");
		}
		boolean carried = this.quorum.met(this.votes.size(), voterCount())
				&& this.majority.carries(count(Vote.Choice.YES), count(Vote.Choice.NO), count(Vote.Choice.ABSTAIN));
		end(carried ? Outcome.CARRIED : Outcome.DEFEATED, now);
		return this.outcome;
	}

	private void end(Outcome outcome, Instant now) {
		this.outcome = outcome;
		this.closedAt = now;
	}

	private int voterCount() {
		return voters().size();
	}

	/** How many of the members with a vote have cast it. */
	int votesCast() {
		return this.votes.size();
	}

	/** The members with a vote on the motion (not excluded by a conflict). */
	List<String> voters() {
		return this.seats.entrySet()
			.stream()
			.filter((seat) -> !seat.getValue())
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
	}

	private int count(Vote.Choice choice) {
		return (int) this.votes.stream().filter((vote) -> vote.getChoice() == choice).count();
	}

	long getSubmissionId() {
		return this.submissionId;
	}

	Result getResult() {
		return this.result;
	}

	String getJustification() {
		return this.justification;
	}

	String getProposedBy() {
		return this.proposedBy;
	}

	Outcome getOutcome() {
		return this.outcome;
	}

	MotionView toView() {
		List<String> voters = voters();
		List<String> excluded = this.seats.entrySet()
			.stream()
			.filter(Map.Entry::getValue)
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
		return new MotionView(this.result, this.justification, this.quorum, this.majority, this.proposedBy,
				this.proposedAt, this.outcome, this.closedAt, voters, excluded,
				this.votes.stream().map(Vote::toView).toList());
	}

}
