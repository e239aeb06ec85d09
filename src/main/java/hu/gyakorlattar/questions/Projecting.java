package hu.gyakorlattar.questions;

import java.util.List;

import hu.gyakorlattar.conference.ConferenceView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The projector in the room: the pinned question, large, and the approved questions the
 * audience supports most, waiting their turn.
 */
@Service
@Transactional(readOnly = true)
class Projecting {

	/** As many as a projector shows legibly beside the pinned one. */
	static final int TOP_VOTED = 5;

	private final ConferenceQuestions conferences;

	Projecting(ConferenceQuestions conferences) {
		this.conferences = conferences;
	}

	Projection projection(long conferenceId) {
		ConferenceView conference = this.conferences.conference(conferenceId);
		List<QuestionView> questions = this.conferences.views(conference);
		QuestionView pinned = questions.stream().filter(QuestionView::pinned).findFirst().orElse(null);
		List<QuestionView> topVoted = questions.stream()
			.filter((q) -> q.status() == QuestionStatus.APPROVED && !q.answered() && !q.pinned())
			.sorted(QuestionOrder.VOTES.comparator())
			.limit(TOP_VOTED)
			.toList();
		return new Projection(conference, pinned, topVoted);
	}

	/** {@code pinned}: null when none is; {@code topVoted}: most votes first. */
	record Projection(ConferenceView conference, QuestionView pinned, List<QuestionView> topVoted) {

	}

}
