package hu.gyakorlattar.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One application's way through the evaluation: its stage, every move with who, when and
 * why, and the decision.
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

	private Instant publishedAt;

	private Long practiceId;

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

	void move(Stage to, String who, Instant now, String reason) {
		this.changes.add(new StageChange(this, this.stage, to, now, who, reason));
		this.stage = to;
	}

	void decide(Result result, String justification, String who, Instant now) {
		this.result = result;
		this.justification = justification;
		move(Stage.DECIDED, who, now, justification);
	}

	/**
	 * Goes back to the stage before the last move; a decision taken back is forgotten.
	 */
	Stage stepBack(String who, Instant now, String reason) {
		Stage previous = this.changes.get(this.changes.size() - 1).getFromStage();
		if (this.stage == Stage.DECIDED) {
			this.result = null;
			this.justification = "";
		}
		move(previous, who, now, reason);
		return previous;
	}

	void published(Instant now) {
		this.publishedAt = now;
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

	Long getPracticeId() {
		return this.practiceId;
	}

	boolean hasMoved() {
		return !this.changes.isEmpty();
	}

	List<StageChange> getChanges() {
		return this.changes;
	}

}
