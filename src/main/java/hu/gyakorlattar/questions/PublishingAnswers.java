package hu.gyakorlattar.questions;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.conference.PublishedAnswers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the conference the moderator publishes the written answers: the conference's
 * archive page shows them (through {@link PublishedAnswers}), and so do the practices
 * they are linked to.
 */
@Service
@Transactional(readOnly = true)
class PublishingAnswers implements PublishedAnswers {

	private final QuestionRepository questions;

	private final ConferenceQuestions conferences;

	private final ConferenceManagement conferenceManagement;

	private final Clock clock;

	PublishingAnswers(QuestionRepository questions, ConferenceQuestions conferences,
			ConferenceManagement conferenceManagement, Clock clock) {
		this.questions = questions;
		this.conferences = conferences;
		this.conferenceManagement = conferenceManagement;
		this.clock = clock;
	}

	@Override
	public List<PublishedAnswer> publishedAnswers(long conferenceId) {
		return this.conferenceManagement.find(conferenceId)
			.map((conference) -> published(conference).stream()
				.map((q) -> new PublishedAnswer(q.getAgendaItemId(), q.getText(), q.getAnswer()))
				.toList())
			.orElse(List.of());
	}

	/**
	 * The answered questions with a written answer, in agenda order, once the conference
	 * is over and its moderator publishes the answers; else none.
	 */
	List<Question> published(ConferenceView conference) {
		if (!conference.over(this.clock.instant()) || !this.conferences.settings(conference.id()).isPublishAnswers()) {
			return List.of();
		}
		return answeredInAgendaOrder(conference);
	}

	/**
	 * The answered questions with a written answer, in agenda order, most votes first.
	 */
	List<Question> answeredInAgendaOrder(ConferenceView conference) {
		Map<Long, Integer> position = new LinkedHashMap<>();
		conference.agenda().forEach((item) -> position.put(item.id(), position.size()));
		return this.questions.findByConferenceIdOrderByAskedAtAscIdAsc(conference.id())
			.stream()
			.filter(Question::answeredInWriting)
			.sorted(Comparator
				.comparing((Question q) -> (q.getAgendaItemId() != null)
						? position.getOrDefault(q.getAgendaItemId(), Integer.MAX_VALUE) : Integer.MAX_VALUE)
				.thenComparing(Question::getVotes, Comparator.reverseOrder()))
			.toList();
	}

}
