package hu.gyakorlattar.evaluation;

import java.util.Optional;

import hu.gyakorlattar.shared.InvalidInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A conflict of interest declared on its own page: with one application (by id) or with a
 * municipality (as the picker gives it), and why.
 */
record ConflictDeclarationForm(@Nullable Long applicationId, @Size(max = 200) String municipality,
		@NotBlank @Size(max = 1000) String note) {

	static ConflictDeclarationForm empty() {
		return new ConflictDeclarationForm(null, "", "");
	}

	/** The score sheet's declaration: its application, and why. */
	static ConflictDeclarationForm withApplication(long applicationId, String note) {
		return new ConflictDeclarationForm(applicationId, "", note);
	}

	boolean namesMunicipality() {
		return this.municipality != null && !this.municipality.isBlank();
	}

	/** A declaration names either an application or a municipality, not both. */
	Optional<InvalidInput> subjectProblem() {
		boolean namesApplication = this.applicationId != null;
		if (namesApplication == namesMunicipality()) {
			return Optional.of(new InvalidInput("applicationId",
					namesApplication ? "evaluation.conflict.subject.both" : "evaluation.conflict.subject.missing"));
		}
		return Optional.empty();
	}

}
