package hu.gyakorlattar.evaluation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An evaluator's own declaration that they cannot judge an application fairly. */
@Entity
@Table(name = "evaluation_conflict")
class Conflict {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long submissionId;

	private String evaluator;

	private String note;

	private Instant declaredAt;

	protected Conflict() {
	}

	Conflict(long submissionId, String evaluator, String note, Instant now) {
		this.submissionId = submissionId;
		this.evaluator = evaluator;
		this.note = note;
		this.declaredAt = now;
	}

	long getSubmissionId() {
		return this.submissionId;
	}

	String getEvaluator() {
		return this.evaluator;
	}

	String getNote() {
		return this.note;
	}

}
