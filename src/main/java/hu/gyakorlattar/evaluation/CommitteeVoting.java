package hu.gyakorlattar.evaluation;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.submission.SubmissionView;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee decides by a recorded vote: a member (or the office) puts a result with
 * its justification to the vote, under the call's committee, quorum and majority; members
 * vote (a conflict of interest excludes a member); the decision is taken in the
 * transaction of the vote that carries the motion, or when the vote is closed with the
 * quorum and majority met. Votes on one application go one after the other (its file is
 * locked).
 */
@Service
@Transactional
class CommitteeVoting {

	private final Evaluations evaluations;

	private final MotionRepository motions;

	private final EvaluationPlanRepository plans;

	private final ConflictsOfInterest conflicts;

	private final ApplicationEventPublisher events;

	private final VoteNotices notices;

	private final Clock clock;

	CommitteeVoting(Evaluations evaluations, MotionRepository motions, EvaluationPlanRepository plans,
			ConflictsOfInterest conflicts, ApplicationEventPublisher events, VoteNotices notices, Clock clock) {
		this.notices = notices;
		this.evaluations = evaluations;
		this.motions = motions;
		this.plans = plans;
		this.conflicts = conflicts;
		this.events = events;
		this.clock = clock;
	}

	/** Every motion on the application, the first first. */
	@Transactional(readOnly = true)
	List<MotionView> motions(long submissionId) {
		return this.motions.findBySubmissionIdOrderById(submissionId).stream().map(Motion::toView).toList();
	}

	/**
	 * The applications whose open vote waits for this member, the oldest motion first,
	 * with the result each proposes and how many of its voters have voted.
	 */
	@Transactional(readOnly = true)
	List<AwaitingVote> awaiting(String member) {
		return this.motions.findByOutcomeOrderById(Motion.Outcome.OPEN)
			.stream()
			.filter((motion) -> motion.awaits(member))
			.map((motion) -> new AwaitingVote(this.evaluations.submitted(motion.getSubmissionId()), motion.getResult(),
					motion.votesCast(), motion.voters().size()))
			.toList();
	}

	/**
	 * Puts a result to the vote, once the application may be decided and no other motion
	 * on it is open; the other members with a vote are told by mail.
	 */
	void propose(long submissionId, String who, DecisionForm form) {
		EvaluationCase evaluation = this.evaluations.locked(submissionId);
		evaluation.requireDecidable(this.evaluations.tally(submissionId).settlement());
		if (this.motions.findFirstBySubmissionIdOrderByIdDesc(submissionId)
			.filter((motion) -> motion.getOutcome() == Motion.Outcome.OPEN)
			.isPresent()) {
			throw new InvalidInput(null, "evaluation.motion.alreadyOpen");
		}
		EvaluationPlan plan = this.plans.findById(evaluation.getCallId())
			.orElseThrow(() -> new InvalidInput(null, "evaluation.motion.noCommittee"));
		SubmissionView submission = this.evaluations.submitted(submissionId);
		Set<String> conflicted = plan.getCommittee()
			.stream()
			.filter((member) -> this.conflicts.conflicted(member, submission))
			.collect(Collectors.toSet());
		Motion motion = this.motions
			.save(new Motion(submissionId, form.result(), form.justification().strip(), plan.getQuorum(),
					plan.getMajority(), Set.copyOf(plan.getCommittee()), conflicted, who, this.clock.instant()));
		this.notices.voteOpened(motion, submission);
	}

	/** A member's vote on the open motion; the one that carries it takes the decision. */
	Motion.Outcome vote(long submissionId, String member, VoteForm form) {
		EvaluationCase evaluation = this.evaluations.locked(submissionId);
		Motion motion = latest(submissionId);
		boolean conflicted = this.conflicts.conflicted(member, this.evaluations.submitted(submissionId));
		Motion.Outcome outcome = motion.vote(member, form.choice(), form.reason(), conflicted, this.clock.instant());
		decideIfCarried(evaluation, motion, member);
		return outcome;
	}

	/** The vote closes with members absent; decided on the votes cast. */
	Motion.Outcome close(long submissionId, String who) {
		EvaluationCase evaluation = this.evaluations.locked(submissionId);
		Motion motion = latest(submissionId);
		Motion.Outcome outcome = motion.close(this.clock.instant());
		decideIfCarried(evaluation, motion, who);
		return outcome;
	}

	private Motion latest(long submissionId) {
		return this.motions.findFirstBySubmissionIdOrderByIdDesc(submissionId)
			.orElseThrow(() -> new InvalidInput(null, "evaluation.vote.noMotion"));
	}

	private void decideIfCarried(EvaluationCase evaluation, Motion motion, String who) {
		if (motion.getOutcome() == Motion.Outcome.CARRIED) {
			this.events.publishEvent(evaluation.decide(motion.getResult(), motion.getJustification(),
					this.evaluations.tally(evaluation.getSubmissionId()).settlement(), who, this.clock.instant()));
		}
	}

	/**
	 * An application whose vote waits for a member, the result put to the vote, and how
	 * many of the members with a vote have cast theirs.
	 */
	record AwaitingVote(SubmissionView submission, Result proposed, int cast, int voters) {

	}

}
