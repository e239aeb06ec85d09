package hu.gyakorlattar.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import hu.gyakorlattar.call.CriterionKind;
import hu.gyakorlattar.shared.PersonName;

/**
 * The demo's evaluation as {@code evaluation/demo-evaluation.json} tells it: the people,
 * two comments per criterion and level, the reasons for the shortlist and the final, and
 * each application's way by its municipality (see {@link EvaluationDemoData}).
 */
record DemoEvaluation(List<DemoEvaluator> evaluators, List<DemoMember> committee,
		Map<CriterionKind, DemoComments> comments, String shortlistReason, String finalReason,
		List<DemoApplication> applications) {

	/** An evaluator of the panel, named by {@code key} in the sheets. */
	record DemoEvaluator(String key, String prefix, String familyName, String givenName, String email, String home) {

		PersonName name() {
			return new PersonName(this.prefix, this.familyName, this.givenName);
		}

	}

	/** A member of the voting committee, named by their place in the file in votes. */
	record DemoMember(String prefix, String familyName, String givenName, String email) {

		PersonName name() {
			return new PersonName(this.prefix, this.familyName, this.givenName);
		}

	}

	/** Two ways to say each level of a criterion, so that two evaluators differ. */
	record DemoComments(List<String> high, List<String> mid, List<String> low) {

		String at(int score, int variant) {
			List<String> level = (score >= 4) ? this.high : (score == 3) ? this.mid : this.low;
			return level.get(variant % level.size());
		}

	}

	/**
	 * One application of the field, by its municipality: its sheets, its site visit if
	 * shortlisted, whether it reaches the final, and the motions on it.
	 */
	record DemoApplication(String municipality, List<DemoSheet> sheets, DemoVisit visit, Boolean finalist,
			List<DemoMotion> motions) {

	}

	/**
	 * An evaluator's points out of the eight criteria's 40; a tie-breaker's settle the
	 * spread of the two before.
	 */
	record DemoSheet(String evaluator, int points, Boolean tieBreaker) {

		boolean settlesASpread() {
			return Boolean.TRUE.equals(this.tieBreaker);
		}

	}

	/** The committee's visit and its report, recorded by a member (by place). */
	record DemoVisit(SiteVisit.Mode mode, LocalDate on, int by, String report) {

	}

	/**
	 * A result put to the vote by a member (the chair unless said), and the votes; with
	 * none given, the first three members vote yes.
	 */
	record DemoMotion(Result result, String justification, Integer proposer, List<DemoVote> votes) {

		DemoMotion {
			proposer = (proposer != null) ? proposer : 0;
			votes = (votes != null) ? votes : List.of(new DemoVote(0, Vote.Choice.YES, ""),
					new DemoVote(1, Vote.Choice.YES, ""), new DemoVote(2, Vote.Choice.YES, ""));
		}

	}

	/** A member's vote, by the member's place in the file. */
	record DemoVote(int member, Vote.Choice choice, String reason) {

	}

}
