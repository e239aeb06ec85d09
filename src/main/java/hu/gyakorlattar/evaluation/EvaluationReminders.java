package hu.gyakorlattar.evaluation;

import java.time.LocalDate;
import java.time.LocalTime;

import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.stereotype.Component;

/**
 * Plans an evaluator's reminder a few days before the call's evaluation deadline, in the
 * morning, Budapest time; planning again (a moved deadline) replaces the old plan.
 */
@Component
class EvaluationReminders {

	private static final LocalTime MORNING = LocalTime.of(9, 0);

	private final EvaluationReminderRepository reminders;

	private final int daysBefore;

	EvaluationReminders(EvaluationReminderRepository reminders, EvaluationProperties properties) {
		this.reminders = reminders;
		this.daysBefore = properties.reminderDaysBefore();
	}

	void plan(Assignment assignment, LocalDate dueOn) {
		EvaluationReminder reminder = this.reminders.findById(assignment.getId())
			.orElseGet(() -> new EvaluationReminder(assignment.getId()));
		reminder.plan(dueOn.minusDays(this.daysBefore).atTime(MORNING).atZone(HungarianFormats.BUDAPEST).toInstant(),
				this.daysBefore);
		this.reminders.save(reminder);
	}

}
