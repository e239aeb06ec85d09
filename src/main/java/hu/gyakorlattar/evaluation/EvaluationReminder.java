package hu.gyakorlattar.evaluation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An evaluator's reminder before the call's evaluation deadline, as data: when it is due,
 * how many days before the deadline that is, and when it went out. A moved deadline plans
 * it anew.
 */
@Entity
@Table(name = "evaluation_reminder")
class EvaluationReminder {

	@Id
	private Long assignmentId;

	private Instant dueAt;

	private int daysBefore;

	private Instant sentAt;

	protected EvaluationReminder() {
	}

	EvaluationReminder(long assignmentId) {
		this.assignmentId = assignmentId;
	}

	void plan(Instant dueAt, int daysBefore) {
		this.dueAt = dueAt;
		this.daysBefore = daysBefore;
		this.sentAt = null;
	}

	void sent(Instant now) {
		this.sentAt = now;
	}

	Long getAssignmentId() {
		return this.assignmentId;
	}

}
