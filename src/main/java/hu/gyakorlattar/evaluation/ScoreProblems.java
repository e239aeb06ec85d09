package hu.gyakorlattar.evaluation;

import java.util.List;

import hu.gyakorlattar.shared.InvalidInput;

import org.springframework.validation.BindingResult;

/** Several problems of one score sheet at once, each shown next to its field. */
class ScoreProblems extends RuntimeException {

	private final List<InvalidInput> problems;

	ScoreProblems(List<InvalidInput> problems) {
		super("invalid scores");
		this.problems = List.copyOf(problems);
	}

	void reportTo(BindingResult result) {
		this.problems.forEach((problem) -> problem.reportTo(result));
	}

}
