package hu.gyakorlattar.evaluation;

import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.submission.SubmissionView;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether an evaluator may judge an application: not when they declared a conflict, nor
 * when it comes from their own municipality (or, where configured, its county).
 */
@Component
class ConflictsOfInterest {

	private final ConflictRepository conflicts;

	private final MunicipalityDirectory directory;

	private final boolean countyConflicts;

	ConflictsOfInterest(ConflictRepository conflicts, MunicipalityDirectory directory,
			@Value("${gyakorlattar.evaluation.county-conflicts:false}") boolean countyConflicts) {
		this.conflicts = conflicts;
		this.directory = directory;
		this.countyConflicts = countyConflicts;
	}

	/** Declared by the evaluator, or obvious from where they live. */
	boolean conflicted(Evaluator evaluator, SubmissionView submission) {
		return this.conflicts.existsBySubmissionIdAndEvaluator(submission.id(), evaluator.getEmail())
				|| obvious(evaluator, submission.kshCode());
	}

	/**
	 * The application comes from the evaluator's own municipality, or, where configured,
	 * from its county.
	 */
	boolean obvious(Evaluator evaluator, String kshCode) {
		String home = evaluator.getHomeKshCode();
		if (home == null) {
			return false;
		}
		if (home.equals(kshCode)) {
			return true;
		}
		if (!this.countyConflicts) {
			return false;
		}
		String homeCounty = this.directory.find(home).map(MunicipalitySummary::county).orElse("");
		return !homeCounty.isEmpty()
				&& homeCounty.equals(this.directory.find(kshCode).map(MunicipalitySummary::county).orElse(""));
	}

}
