package hu.gyakorlattar.submission;

import java.util.List;

import hu.gyakorlattar.shared.InvalidInput;

import org.springframework.validation.BindingResult;

/** Several fields refused at once, e.g. every empty required section of a submission. */
class FormProblems extends RuntimeException {

	private final List<InvalidInput> problems;

	FormProblems(List<InvalidInput> problems) {
		super("invalid form");
		this.problems = List.copyOf(problems);
	}

	static void throwIfAny(List<InvalidInput> problems) {
		if (!problems.isEmpty()) {
			throw new FormProblems(problems);
		}
	}

	void reportTo(BindingResult result) {
		this.problems.forEach((problem) -> problem.reportTo(result));
	}

}
