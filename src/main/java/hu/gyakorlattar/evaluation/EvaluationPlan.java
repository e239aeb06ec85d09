package hu.gyakorlattar.evaluation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The office's plan for a call's evaluation: how many evaluators each application gets,
 * and the day by which they submit their scores. The ranking measures each application's
 * evaluations against it, so an application scored by fewer evaluators than planned never
 * ranks silently; the deadline tells who is late and when to remind them.
 */
@Entity
@Table(name = "evaluation_plan")
class EvaluationPlan {

	@Id
	private Long callId;

	private Integer evaluatorsPerApplication;

	private LocalDate dueOn;

	private Instant updatedAt;

	private String updatedBy;

	protected EvaluationPlan() {
	}

	EvaluationPlan(long callId) {
		this.callId = callId;
	}

	void evaluatorsPerApplication(int evaluatorsPerApplication, String who, Instant now) {
		this.evaluatorsPerApplication = evaluatorsPerApplication;
		changed(who, now);
	}

	void dueOn(LocalDate dueOn, String who, Instant now) {
		this.dueOn = dueOn;
		changed(who, now);
	}

	private void changed(String who, Instant now) {
		this.updatedBy = who;
		this.updatedAt = now;
	}

	/** Zero when the office has not planned a number. */
	int getEvaluatorsPerApplication() {
		return (this.evaluatorsPerApplication != null) ? this.evaluatorsPerApplication : 0;
	}

	/** Past the deadline with the scores still missing. */
	boolean late(Assignment assignment, LocalDate today) {
		return this.dueOn != null && !assignment.isSubmitted() && today.isAfter(this.dueOn);
	}

	/** The last day to submit scores, if the office set one. */
	LocalDate getDueOn() {
		return this.dueOn;
	}

}
