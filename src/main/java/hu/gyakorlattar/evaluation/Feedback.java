package hu.gyakorlattar.evaluation;

import java.util.List;

import hu.gyakorlattar.call.CallView;
import hu.gyakorlattar.call.CriterionKind;

/**
 * What an applicant learns when the results are published: the result and the committee's
 * justification (or why the application failed the formal check), and per criterion the
 * mean score and the evaluators' written assessments, without their names.
 */
record Feedback(EvaluationView evaluation, CallView call, String reason, Double mean, List<Line> lines) {

	Feedback {
		lines = List.copyOf(lines);
	}

	/** One criterion's feedback. */
	record Line(CriterionKind criterion, Double mean, List<String> comments) {

		Line {
			comments = List.copyOf(comments);
		}

	}

}
