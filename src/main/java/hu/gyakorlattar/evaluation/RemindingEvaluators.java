package hu.gyakorlattar.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import hu.gyakorlattar.shared.DueBatches;
import hu.gyakorlattar.shared.HungarianFormats;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the evaluators' reminders that are due: claims a batch of due rows
 * ({@code FOR UPDATE SKIP LOCKED}), queues each mail in the outbox and marks the row sent
 * in the same transaction, batch after batch; nothing is lost and nothing goes twice,
 * whatever the number of instances. Scores already submitted, or a deadline already past,
 * need no reminder.
 */
@Component
class RemindingEvaluators {

	private static final Logger log = LoggerFactory.getLogger(RemindingEvaluators.class);

	private static final int BATCH = 50;

	private final EvaluationReminderRepository reminders;

	private final AssignmentRepository assignments;

	private final Evaluations evaluations;

	private final EvaluationPlanRepository plans;

	private final EvaluatorMails mails;

	private final TransactionTemplate transaction;

	private final Clock clock;

	RemindingEvaluators(EvaluationReminderRepository reminders, AssignmentRepository assignments,
			Evaluations evaluations, EvaluationPlanRepository plans, EvaluatorMails mails,
			TransactionTemplate transaction, Clock clock) {
		this.reminders = reminders;
		this.assignments = assignments;
		this.evaluations = evaluations;
		this.plans = plans;
		this.mails = mails;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${gyakorlattar.evaluation.reminder-poll-interval:PT5M}",
			initialDelayString = "${gyakorlattar.evaluation.reminder-poll-interval:PT5M}")
	void sendDue() {
		int handled = DueBatches.drain(this.transaction, this::sendBatch);
		if (handled > 0) {
			log.info("Handled {} evaluator reminder(s)", handled);
		}
	}

	private int sendBatch() {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, HungarianFormats.BUDAPEST);
		List<EvaluationReminder> due = this.reminders.claimDue(now, BATCH);
		for (EvaluationReminder reminder : due) {
			this.assignments.findById(reminder.getAssignmentId())
				.filter((assignment) -> !assignment.isSubmitted())
				.ifPresent((assignment) -> {
					LocalDate dueOn = this.plans
						.findById(this.evaluations.submitted(assignment.getSubmissionId()).callId())
						.map(EvaluationPlan::getDueOn)
						.orElse(null);
					if (dueOn != null && !today.isAfter(dueOn)) {
						this.mails.reminder(assignment, dueOn);
					}
				});
			reminder.sent(now);
		}
		return due.size();
	}

}
