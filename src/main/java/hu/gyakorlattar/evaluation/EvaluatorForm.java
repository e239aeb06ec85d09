package hu.gyakorlattar.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import hu.gyakorlattar.shared.MailAddress;

/**
 * An evaluator account added to the panel, chosen among the evaluator accounts, with
 * their home municipality (optional, as the municipality picker gives it: a name, "Name
 * (KSH code)" or a code) for the obvious conflicts.
 */
record EvaluatorForm(@NotBlank @MailAddress @Size(max = 254) String email, @Size(max = 200) String home) {

	String cleanEmail() {
		return this.email.strip().toLowerCase(java.util.Locale.ROOT);
	}

	boolean namesHome() {
		return this.home != null && !this.home.isBlank();
	}

}
