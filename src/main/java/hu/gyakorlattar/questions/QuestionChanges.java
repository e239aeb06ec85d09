package hu.gyakorlattar.questions;

import hu.gyakorlattar.conference.PublishedAnswersChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells every open Q&A page of a conference, on every instance, that its questions
 * changed: in the writer's transaction, so pages refresh once it commits and never for a
 * change rolled back (see {@link LiveQuestions}).
 */
@Component
class QuestionChanges {

	private final QuestionRepository questions;

	private final ApplicationEventPublisher events;

	QuestionChanges(QuestionRepository questions, ApplicationEventPublisher events) {
		this.questions = questions;
		this.events = events;
	}

	/** A change the audience sees. */
	void changed(long conferenceId) {
		this.questions.notifyChanged(Long.toString(conferenceId));
	}

	/**
	 * A moderator's change, which may also change the answers the conference's archive
	 * page publishes.
	 */
	void moderated(long conferenceId) {
		changed(conferenceId);
		this.events.publishEvent(new PublishedAnswersChanged(conferenceId));
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
