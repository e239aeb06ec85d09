package hu.gyakorlattar.evaluation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the evaluation is run.
 *
 * @param countyConflicts whether an evaluator who lives in the applicant's county is
 * conflicted too, not only one who lives in the applicant municipality
 * ({@link ConflictsOfInterest})
 * @param reminderDaysBefore how many days before the evaluation deadline an evaluator is
 * reminded, in the morning ({@link EvaluationReminders})
 * @param spreadThreshold from how far apart (in scale points) the weighted means of the
 * first two evaluators flag the application, until a third evaluator's sheet settles it
 * ({@link Tally})
 */
@ConfigurationProperties("gyakorlattar.evaluation")
record EvaluationProperties(@DefaultValue("false") boolean countyConflicts, @DefaultValue("3") int reminderDaysBefore,
		@DefaultValue("1.0") double spreadThreshold) {

}
