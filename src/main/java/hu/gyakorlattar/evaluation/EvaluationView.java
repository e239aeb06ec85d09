package hu.gyakorlattar.evaluation;

import java.time.Instant;
import java.util.List;

import hu.gyakorlattar.submission.SubmissionView;
import org.jspecify.annotations.Nullable;

/**
 * An application as the evaluation sees it: the application itself, its municipality's
 * name, its stage with the audit log, the decision once taken, and the written resolution
 * of a flagged spread if one was needed.
 */
record EvaluationView(SubmissionView submission, String municipality, Stage stage, Result result, String justification,
		@Nullable Instant publishedAt, @Nullable Long practiceId, Resolution resolution, List<Move> moves) {

	EvaluationView {
		moves = List.copyOf(moves);
	}

	long id() {
		return this.submission.id();
	}

	/**
	 * Whether an admin can take the last move back: something moved, nothing published.
	 */
	public boolean reversible() {
		return !this.moves.isEmpty() && this.publishedAt == null;
	}

	/** The committee's written resolution of a flagged spread: what, who, when. */
	record Resolution(String text, String by, Instant at) {

	}

	/** One line of the audit log. */
	record Move(Stage from, Stage to, Instant at, String by, String reason) {

	}

}
