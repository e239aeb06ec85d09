package hu.gyakorlattar.feedback;

import java.util.List;

import hu.gyakorlattar.shared.InvalidInput;

/**
 * The survey was refused: every problem at once, each naming its field (or none, for the
 * form as a whole), so the page shows all the messages beside their fields in one go.
 */
class SurveyRefused extends RuntimeException {

	private final List<InvalidInput> problems;

	SurveyRefused(List<InvalidInput> problems) {
		super("survey refused");
		this.problems = List.copyOf(problems);
	}

	List<InvalidInput> problems() {
		return this.problems;
	}

}
