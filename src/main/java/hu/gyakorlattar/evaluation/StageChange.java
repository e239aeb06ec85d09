package hu.gyakorlattar.evaluation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One line of the audit log: a move between stages, who made it, when and why. */
@Entity
@Table(name = "evaluation_stage_change")
class StageChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "submission_id")
	private EvaluationCase evaluationCase;

	@Enumerated(EnumType.STRING)
	private Stage fromStage;

	@Enumerated(EnumType.STRING)
	private Stage toStage;

	private Instant changedAt;

	private String changedBy;

	private String reason;

	protected StageChange() {
	}

	StageChange(EvaluationCase evaluationCase, Stage fromStage, Stage toStage, Instant changedAt, String changedBy,
			String reason) {
		this.evaluationCase = evaluationCase;
		this.fromStage = fromStage;
		this.toStage = toStage;
		this.changedAt = changedAt;
		this.changedBy = changedBy;
		this.reason = reason;
	}

	Stage getFromStage() {
		return this.fromStage;
	}

	EvaluationView.Move toView() {
		return new EvaluationView.Move(this.fromStage, this.toStage, this.changedAt, this.changedBy, this.reason);
	}

}
