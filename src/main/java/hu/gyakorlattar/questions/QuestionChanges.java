package hu.gyakorlattar.questions;

import org.springframework.stereotype.Component;

/**
 * Tells every open Q&A page of a conference, on every instance, that its questions
 * changed: in the writer's transaction, so pages refresh once it commits and never for a
 * change rolled back (see {@link LiveQuestions}).
 */
@Component
class QuestionChanges {

	private final QuestionRepository questions;

	QuestionChanges(QuestionRepository questions) {
		this.questions = questions;
	}

	/** A change the audience sees. */
	void changed(long conferenceId) {
		this.questions.notifyChanged(Long.toString(conferenceId));
	}

	/** A new question: only moderators see it while it awaits approval. */
	void asked(Question question) {
		if (question.getStatus() == QuestionStatus.NEW) {
			this.questions.notifyChanged(question.getConferenceId() + ":m");
		}
		else {
			changed(question.getConferenceId());
		}
	}

}
