package hu.gyakorlattar.questions;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.registration.Participant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/** A participant follows the conference's questions on their Q&A page. */
@Service
@Transactional(readOnly = true)
class FollowingQuestions {

	private final QuestionRepository questions;

	private final ConferenceQuestions conferences;

	private final Clock clock;

	FollowingQuestions(QuestionRepository questions, ConferenceQuestions conferences, Clock clock) {
		this.questions = questions;
		this.conferences = conferences;
		this.clock = clock;
	}

	/** What a participant sees: the approved questions, theirs, the answered ones. */
	Board board(Participant participant, QuestionOrder order) {
		ConferenceView conference = this.conferences.conference(participant.conferenceId());
		Set<Long> voted = new HashSet<>(this.questions.votedBy(conference.id(), participant.registrationId()));
		List<QuestionView> all = this.conferences.views(conference,
				(q) -> Objects.equals(q.getRegistrationId(), participant.registrationId()), voted);
		List<QuestionView> open = all.stream()
			.filter((q) -> q.status() == QuestionStatus.APPROVED && !q.answered())
			.sorted(order.comparator())
			.toList();
		List<QuestionView> answered = all.stream()
			.filter((q) -> q.status() == QuestionStatus.APPROVED && q.answered())
			.sorted(order.comparator())
			.toList();
		List<QuestionView> mine = all.stream().filter(QuestionView::mine).toList();
		QuestionView pinned = all.stream().filter(QuestionView::pinned).findFirst().orElse(null);
		String closed = !participant.active() ? "questions.cancelled"
				: conference.over(this.clock.instant()) ? "questions.over" : null;
		return new Board(conference, pinned, open, answered, mine, this.conferences.topics(conference), closed);
	}

	/**
	 * The participant's page. {@code closedReason}: the message key saying why they may
	 * no longer ask or vote; null while they may.
	 */
	record Board(ConferenceView conference, QuestionView pinned, List<QuestionView> open, List<QuestionView> answered,
			List<QuestionView> mine, List<Topic> topics, @Nullable String closedReason) {

		public boolean mayTakePart() {
			return this.closedReason == null;
		}

	}

}
