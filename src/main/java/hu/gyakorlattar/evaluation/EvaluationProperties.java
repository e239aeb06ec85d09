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
 * @param spreadThreshold how far apart (in points of the weighted mean) the first two
 * evaluators' scores may be before a third is needed ({@link Tally})
 */
@ConfigurationProperties("gyakorlattar.evaluation")
record EvaluationProperties(@DefaultValue("false") boolean countyConflicts, @DefaultValue("3") int reminderDaysBefore,
		@DefaultValue("1.0") double spreadThreshold) {

}
