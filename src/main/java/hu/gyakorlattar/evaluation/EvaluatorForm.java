package hu.gyakorlattar.evaluation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An evaluator account added to the panel, with the KSH code of their home municipality
 * (optional) for the obvious conflicts.
 */
record EvaluatorForm(@NotBlank @Email @Size(max = 254) String email,
		@Pattern(regexp = "\\s*([0-9]{5})?\\s*") String homeKshCode) {

	String cleanEmail() {
		return this.email.strip().toLowerCase(java.util.Locale.ROOT);
	}

	String cleanKshCode() {
		return (this.homeKshCode != null && !this.homeKshCode.isBlank()) ? this.homeKshCode.strip() : null;
	}

}
