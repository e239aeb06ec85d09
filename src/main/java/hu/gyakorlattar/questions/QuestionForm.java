package hu.gyakorlattar.questions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A participant's question: about an agenda item (none: the whole conference), as typed,
 * optionally without their name for the audience.
 */
record QuestionForm(@Nullable Long agendaItemId, @NotBlank @Size(max = QuestionForm.MAX_LENGTH) String text,
		Boolean anonymous) {

	static final int MAX_LENGTH = 500;

	QuestionForm {
		anonymous = Boolean.TRUE.equals(anonymous);
	}

	static QuestionForm empty() {
		return new QuestionForm(null, "", false);
	}

}
