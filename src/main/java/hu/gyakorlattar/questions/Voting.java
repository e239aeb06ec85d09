package hu.gyakorlattar.questions;

import java.time.Clock;

import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.registration.Participant;
import hu.gyakorlattar.shared.InvalidInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant supports another's question with their vote, once per question. The count
 * is recounted from the votes in the database, so concurrent votes never overwrite each
 * other.
 */
@Service
@Transactional
class Voting {

	private final QuestionRepository questions;

	private final ConferenceQuestions conferences;

	private final QuestionChanges changes;

	private final Clock clock;

	Voting(QuestionRepository questions, ConferenceQuestions conferences, QuestionChanges changes, Clock clock) {
		this.questions = questions;
		this.conferences = conferences;
		this.changes = changes;
		this.clock = clock;
	}

	/**
	 * Only approved questions of the participant's own conference take votes, and not
	 * from their asker.
	 */
	void vote(Participant participant, long questionId) {
		ConferenceView conference = this.conferences.takingPart(participant);
		Question question = this.questions.findById(questionId)
			.filter((q) -> q.getConferenceId() == conference.id() && q.visible())
			.orElseThrow(() -> new InvalidInput(null, "questions.vote.unavailable"));
		if (question.askedBy(participant.registrationId())) {
			throw new InvalidInput(null, "questions.vote.own");
		}
		if (this.questions.vote(question.getId(), participant.registrationId(), this.clock.instant()) == 0) {
			throw new InvalidInput(null, "questions.vote.already");
		}
		this.questions.recount(question.getId());
		this.changes.changed(conference.id());
	}

}
