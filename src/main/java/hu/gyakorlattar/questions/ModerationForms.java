package hu.gyakorlattar.questions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The moderator's forms on the queue. */
final class ModerationForms {

	private ModerationForms() {
	}

	/** A typo fixed. */
	record EditForm(@NotBlank @Size(max = QuestionForm.MAX_LENGTH) String text) {

	}

	/** Answered, with an optional short written answer for the archive. */
	record AnswerForm(@Size(max = 1000) String answer) {

	}

	/** A duplicate merged into the question with this id. */
	record MergeForm(@NotNull Long into) {

	}

	/** Auto-approval and publishing the answers; unticked boxes send nothing. */
	record SettingsForm(Boolean autoApprove, Boolean publishAnswers) {

		SettingsForm {
			autoApprove = Boolean.TRUE.equals(autoApprove);
			publishAnswers = Boolean.TRUE.equals(publishAnswers);
		}

	}

}
