package hu.gyakorlattar.shared;

import java.util.List;

import org.springframework.validation.BindingResult;

/**
 * Several problems of one form refused at once, so that the page names every mistake
 * beside its field in one go instead of one per submission. Caught as an
 * {@link InvalidInput}, it reports them all.
 */
public class InvalidInputs extends InvalidInput {

	private final List<InvalidInput> problems;

	/**
	 * {@code problems}: at least one; the first is this refusal's own field and message.
	 */
	public InvalidInputs(List<InvalidInput> problems) {
		super(problems.get(0).field(), problems.get(0).messageKey(), problems.get(0).arguments());
		this.problems = List.copyOf(problems);
	}

	/** Refuses the input when there is any problem. */
	public static void throwIfAny(List<InvalidInput> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputs(problems);
		}
	}

	public List<InvalidInput> problems() {
		return this.problems;
	}

	@Override
	public void reportTo(BindingResult result) {
		this.problems.forEach((problem) -> problem.reportTo(result));
	}

}
