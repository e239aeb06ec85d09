package hu.gyakorlattar.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.InvalidInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office sets the last day of a call's evaluation: every evaluator whose scores are
 * still missing is reminded before it (the reminders planned anew when it moves), and
 * after it the office sees who is late.
 */
@Service
@Transactional
class PlanningTheDeadline {

	private final Evaluations evaluations;

	private final EvaluationPlanRepository plans;

	private final AssignmentRepository assignments;

	private final EvaluationReminders reminders;

	private final Clock clock;

	PlanningTheDeadline(Evaluations evaluations, EvaluationPlanRepository plans, AssignmentRepository assignments,
			EvaluationReminders reminders, Clock clock) {
		this.evaluations = evaluations;
		this.plans = plans;
		this.assignments = assignments;
		this.reminders = reminders;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	LocalDate dueOn(long callId) {
		return this.plans.findById(callId).map(EvaluationPlan::getDueOn).orElse(null);
	}

	/** A deadline in the past would make everyone late at once: refused. */
	void setDeadline(long callId, DeadlineForm form, String who) {
		this.evaluations.call(callId);
		if (form.dueOn().isBefore(LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST))) {
			throw new InvalidInput("dueOn", "evaluation.deadline.past");
		}
		EvaluationPlan plan = this.plans.findById(callId).orElseGet(() -> new EvaluationPlan(callId));
		plan.dueOn(form.dueOn(), who, this.clock.instant());
		this.plans.save(plan);
		List<Long> applications = this.evaluations.evaluations(callId).stream().map(EvaluationView::id).toList();
		this.assignments.findBySubmissionIdIn(applications)
			.stream()
			.filter((assignment) -> !assignment.isSubmitted())
			.forEach((assignment) -> this.reminders.plan(assignment, form.dueOn()));
	}

}
