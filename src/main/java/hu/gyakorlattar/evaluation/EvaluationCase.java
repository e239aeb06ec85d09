package hu.gyakorlattar.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.submission.SubmissionStatus;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * One application's way through the evaluation, and the one owner of its stage: the
 * stage, every move with who, when and why (the audit log), the decision and its
 * publication. Each move refuses what the ladder does not allow and answers with the news
 * for the other modules; the applicant's status follows that news.
 */
@Entity
@Table(name = "evaluation_case")
class EvaluationCase {

	@Id
	private Long submissionId;

	private long callId;

	@Enumerated(EnumType.STRING)
	private Stage stage = Stage.FORMAL_CHECK;

	@Enumerated(EnumType.STRING)
	private Result result;

	private String justification = "";

	private @Nullable Instant publishedAt;

	private @Nullable Long practiceId;

	private @Nullable String spreadResolution;

	private String spreadResolvedBy;

	private Instant spreadResolvedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "evaluationCase", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<StageChange> changes = new ArrayList<>();

	protected EvaluationCase() {
	}

	EvaluationCase(long submissionId, long callId) {
		this.submissionId = submissionId;
		this.callId = callId;
	}

	/** The application is complete and eligible: on to the written evaluation. */
	EvaluationStageChanged accept(String who, Instant now, String reason) {
		requireStage(Stage.FORMAL_CHECK);
		return move(Stage.WRITTEN_EVALUATION, who, now, reason, SubmissionStatus.FORMALLY_ACCEPTED);
	}

	/** The application fails the formal check; the applicant is told why. */
	EvaluationStageChanged reject(String who, Instant now, String reason) {
		requireStage(Stage.FORMAL_CHECK);
		return move(Stage.REJECTED, who, now, requireReason(reason));
	}

	/** Shortlisted for a site visit. */
	EvaluationStageChanged shortlist(String who, Instant now, String reason) {
		requireStage(Stage.WRITTEN_EVALUATION);
		return move(Stage.SITE_VISIT, who, now, reason);
	}

	/** The experts' report of a visit, which only a shortlisted application gets. */
	SiteVisit visited(SiteVisit.Mode mode, LocalDate visitedOn, String report, String who, Instant now) {
		requireStage(Stage.SITE_VISIT);
		return new SiteVisit(this.submissionId, mode, visitedOn, report, who, now);
	}

	/** Invited to the presentation final, once a visit is on record. */
	EvaluationStageChanged invite(boolean visited, String who, Instant now, String reason) {
		requireStage(Stage.SITE_VISIT);
		if (!visited) {
			throw new InvalidInput(null, "evaluation.final.noVisit");
		}
		return move(Stage.FINAL, who, now, reason);
	}

	/**
	 * The committee's written word on why the evaluators' disagreement does not stand in
	 * the way of a decision, when no third evaluator settled it; given once.
	 */
	void resolveSpread(Tally.Spread spread, String resolution, String who, Instant now) {
		if (!this.stage.decidable()) {
			throw new InvalidInput(null, "evaluation.stage.wrong");
		}
		if (!spread.open()) {
			throw new InvalidInput(null, "evaluation.spread.nothingToResolve");
		}
		if (this.spreadResolution != null) {
			throw new InvalidInput(null, "evaluation.spread.alreadyResolved");
		}
		if (resolution == null || resolution.isBlank()) {
			throw new InvalidInput("resolution", "evaluation.spread.resolution.required");
		}
		this.spreadResolution = resolution.strip();
		this.spreadResolvedBy = who;
		this.spreadResolvedAt = now;
	}

	/**
	 * Whether the committee may put a result to the vote now: the application passed the
	 * formal check, is not decided, and a flagged spread is settled by a third evaluator
	 * or a written resolution.
	 */
	void requireDecidable(Tally.Spread spread) {
		if (!this.stage.decidable()) {
			throw new InvalidInput(null, "evaluation.stage.wrong");
		}
		if (spread.open() && this.spreadResolution == null) {
			throw new InvalidInput(null, (spread == Tally.Spread.THIRD_AWAITED) ? "evaluation.spread.awaitingThird"
					: "evaluation.spread.unresolved");
		}
	}

	/**
	 * The committee's result with its justification, once the application passed the
	 * formal check and its spread is settled; the applicant learns it when the results
	 * are published.
	 */
	EvaluationStageChanged decide(Result result, String justification, Tally.Spread spread, String who, Instant now) {
		requireDecidable(spread);
		this.result = result;
		this.justification = justification;
		return move(Stage.DECIDED, who, now, justification);
	}

	/**
	 * Goes back to the stage before the last move, saying why; a decision taken back is
	 * forgotten. Published results stay as the applicants read them.
	 */
	EvaluationStageChanged stepBack(String who, Instant now, String reason) {
		requireReason(reason);
		if (this.changes.isEmpty()) {
			throw new InvalidInput(null, "evaluation.stepBack.nothing");
		}
		if (this.publishedAt != null) {
			throw new InvalidInput(null, "evaluation.stepBack.published");
		}
		Stage previous = this.changes.get(this.changes.size() - 1).getFromStage();
		if (this.stage == Stage.DECIDED) {
			this.result = null;
			this.justification = "";
		}
		return move(previous, who, now, reason);
	}

	/**
	 * The result goes out to the applicant: once, and only when there is one (a decision,
	 * or the formal check's rejection).
	 */
	ResultsPublished publish(String who, Instant now) {
		if (!this.stage.settled()) {
			throw new InvalidInput(null, "evaluation.publish.undecided");
		}
		if (this.publishedAt != null) {
			throw new InvalidInput(null, "evaluation.publish.already");
		}
		this.publishedAt = now;
		return new ResultsPublished(this.submissionId, this.callId, this.result, this.justification,
				this.changes.size() + 1, now, who);
	}

	private EvaluationStageChanged move(Stage to, String who, Instant now, String reason,
			SubmissionStatus... passedOn) {
		Stage from = this.stage;
		this.changes.add(new StageChange(this, from, to, now, who, reason));
		this.stage = to;
		List<SubmissionStatus> shown = new ArrayList<>(List.of(passedOn));
		to.status().ifPresent(shown::add);
		return new EvaluationStageChanged(this.submissionId, this.callId, from, to, shown, this.changes.size(), now,
				who, reason);
	}

	private void requireStage(Stage expected) {
		if (this.stage != expected) {
			throw new InvalidInput(null, "evaluation.stage.wrong");
		}
	}

	private static String requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput("reason", "evaluation.reason.required");
		}
		return reason;
	}

	void becamePractice(long practiceId) {
		this.practiceId = practiceId;
	}

	Long getSubmissionId() {
		return this.submissionId;
	}

	long getCallId() {
		return this.callId;
	}

	Stage getStage() {
		return this.stage;
	}

	Result getResult() {
		return this.result;
	}

	String getJustification() {
		return this.justification;
	}

	Instant getPublishedAt() {
		return this.publishedAt;
	}

	/** The written resolution of a flagged spread, if the committee gave one. */
	EvaluationView.Resolution getSpreadResolution() {
		return (this.spreadResolution != null)
				? new EvaluationView.Resolution(this.spreadResolution, this.spreadResolvedBy, this.spreadResolvedAt)
				: null;
	}

	@Nullable Long getPracticeId() {
		return this.practiceId;
	}

	List<StageChange> getChanges() {
		return this.changes;
	}

}
