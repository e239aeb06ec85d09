package hu.gyakorlattar.evaluation;

import hu.gyakorlattar.account.AccountManagement;
import hu.gyakorlattar.account.AccountView;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.submission.SubmissionView;

import org.springframework.stereotype.Component;

/**
 * Whether an evaluator may judge an application, or a committee member vote on it: not
 * when they declared a conflict with it or with one of its municipalities, nor when one
 * of its municipalities (the applicant or a partner of a joint application) is their own
 * (or, where configured, in its county).
 */
@Component
class ConflictsOfInterest {

	private final ConflictRepository conflicts;

	private final MunicipalityDirectory directory;

	private final AccountManagement accounts;

	private final boolean countyConflicts;

	ConflictsOfInterest(ConflictRepository conflicts, MunicipalityDirectory directory, AccountManagement accounts,
			EvaluationProperties properties) {
		this.accounts = accounts;
		this.conflicts = conflicts;
		this.directory = directory;
		this.countyConflicts = properties.countyConflicts();
	}

	/** Declared by the evaluator, or obvious from where they live. */
	boolean conflicted(Evaluator evaluator, SubmissionView submission) {
		return declared(evaluator.getEmail(), submission) || obvious(evaluator, submission);
	}

	/**
	 * A committee member's conflict: declared, or the application involves the
	 * municipality their account belongs to (or, where configured, its county).
	 */
	boolean conflicted(String member, SubmissionView submission) {
		return declared(member, submission) || obvious(
				this.accounts.findByEmail(member).map(AccountView::municipalityKshCode).orElse(null), submission);
	}

	/**
	 * The application involves the evaluator's own municipality, or, where configured,
	 * its county.
	 */
	boolean obvious(Evaluator evaluator, SubmissionView submission) {
		return obvious(evaluator.getHomeKshCode(), submission);
	}

	private boolean declared(String person, SubmissionView submission) {
		return this.conflicts.declared(submission.id(), submission.municipalities(), person);
	}

	private boolean obvious(String home, SubmissionView submission) {
		return home != null && submission.municipalities().stream().anyMatch((kshCode) -> near(home, kshCode));
	}

	private boolean near(String home, String kshCode) {
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
