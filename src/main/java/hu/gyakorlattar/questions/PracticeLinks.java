package hu.gyakorlattar.questions;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import hu.gyakorlattar.conference.AgendaItemView;
import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.practice.PracticeFaq;
import hu.gyakorlattar.practice.PracticeManagement;
import hu.gyakorlattar.practice.PracticeTitle;
import hu.gyakorlattar.shared.Bilingual;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answered questions become a practice's FAQ: the moderator links one answer, or an
 * agenda item (every answer about it, also those answered later), to a knowledge-base
 * practice; the practice page asks this module through {@link PracticeFaq}, so the
 * knowledge base never depends on the Q&A. An answer shows there only while it is
 * published on the conference's archive page.
 */
@Service
@Transactional
class PracticeLinks implements PracticeFaq {

	private final PracticeLinkRepository links;

	private final QuestionRepository questions;

	private final ConferenceQuestions conferenceQuestions;

	private final PublishingAnswers answers;

	private final ConferenceManagement conferences;

	private final PracticeManagement practices;

	private final Clock clock;

	PracticeLinks(PracticeLinkRepository links, QuestionRepository questions, ConferenceQuestions conferenceQuestions,
			PublishingAnswers answers, ConferenceManagement conferences, PracticeManagement practices, Clock clock) {
		this.links = links;
		this.questions = questions;
		this.conferenceQuestions = conferenceQuestions;
		this.answers = answers;
		this.conferences = conferences;
		this.practices = practices;
		this.clock = clock;
	}

	/** The moderator's page: the links so far, and what may be linked to what. */
	@Transactional(readOnly = true)
	Overview overview(long conferenceId) {
		ConferenceView conference = this.conferenceQuestions.conference(conferenceId);
		List<PracticeTitle> practices = this.practices.publishedTitles();
		Map<Long, PracticeTitle> byId = practices.stream()
			.collect(Collectors.toMap(PracticeTitle::id, Function.identity()));
		Map<Long, Bilingual> titles = conference.agenda()
			.stream()
			.collect(Collectors.toMap(AgendaItemView::id, AgendaItemView::bilingualTitle, (a, b) -> a));
		List<Question> answered = this.answers.answeredInAgendaOrder(conference);
		Map<Long, String> questionTexts = answered.stream()
			.collect(Collectors.toMap(Question::getId, Question::getText, (a, b) -> a, LinkedHashMap::new));
		List<Link> existing = this.links.findByConferenceIdOrderByLinkedAtAscIdAsc(conferenceId)
			.stream()
			.map((link) -> new Link(link.getId(),
					(link.getQuestionId() != null) ? questionTexts.get(link.getQuestionId()) : null,
					(link.getQuestionId() == null) ? titles.get(link.getAgendaItemId()) : null,
					Optional.ofNullable(byId.get(link.getPracticeId()))
						.map(PracticeTitle::bilingualTitle)
						.orElse(null)))
			.toList();
		List<Answer> answers = answered.stream()
			.map((q) -> new Answer(q.getId(), q.getText(),
					(q.getAgendaItemId() != null) ? titles.get(q.getAgendaItemId()) : null))
			.toList();
		return new Overview(conference, !this.answers.published(conference).isEmpty(), existing, answers,
				this.conferenceQuestions.topics(conference), practices);
	}

	/**
	 * The page's content. {@code published}: the answers show on the archive page (and so
	 * in the FAQ) now.
	 */
	record Overview(ConferenceView conference, boolean published, List<Link> links, List<Answer> answers,
			List<Topic> agendaItems, List<PracticeTitle> practices) {

	}

	/**
	 * A link as the moderator sees it: a question's text or an agenda item's title (the
	 * other is null) goes to a practice, which is null once it is no longer published.
	 */
	record Link(long id, String question, Bilingual agendaItem, Bilingual practice) {

		public boolean wholeAgendaItem() {
			return this.agendaItem != null;
		}

		/** What is linked, in the reader's language. */
		public String what(Locale locale) {
			return wholeAgendaItem() ? this.agendaItem.in(locale) : this.question;
		}

	}

	/** An answered question to link, with its topic (null for a general question). */
	record Answer(long id, String text, Bilingual topic) {

	}

	void linkAnswer(long conferenceId, Long questionId, Long practiceId) {
		this.conferenceQuestions.conference(conferenceId);
		Question question = this.questions.findById((questionId != null) ? questionId : -1)
			.filter((q) -> q.getConferenceId() == conferenceId && q.answeredInWriting())
			.orElseThrow(() -> new InvalidInput("questionId", "questions.practice.notAnswered"));
		long practice = practice(practiceId);
		if (this.links.existsByQuestionIdAndPracticeId(question.getId(), practice)) {
			throw new InvalidInput("practiceId", "questions.practice.already");
		}
		this.links.save(PracticeLink.ofQuestion(conferenceId, question.getId(), practice, this.clock.instant()));
	}

	void linkAgendaItem(long conferenceId, Long agendaItemId, Long practiceId) {
		ConferenceView conference = this.conferenceQuestions.conference(conferenceId);
		if (agendaItemId == null || this.conferenceQuestions.topics(conference)
			.stream()
			.noneMatch((topic) -> topic.id() == agendaItemId)) {
			throw new InvalidInput("agendaItemId", "questions.topic.unknown");
		}
		long practice = practice(practiceId);
		if (this.links.existsByAgendaItemIdAndPracticeId(agendaItemId, practice)) {
			throw new InvalidInput("practiceId", "questions.practice.already");
		}
		this.links.save(PracticeLink.ofAgendaItem(conferenceId, agendaItemId, practice, this.clock.instant()));
	}

	void unlink(long conferenceId, long linkId) {
		PracticeLink link = this.links.findById(linkId)
			.filter((l) -> l.getConferenceId() == conferenceId)
			.orElseThrow(NotFound::new);
		this.links.delete(link);
	}

	private long practice(Long practiceId) {
		return Optional.ofNullable(practiceId)
			.flatMap(this.practices::published)
			.map(PracticeTitle::id)
			.orElseThrow(() -> new InvalidInput("practiceId", "questions.practice.unknown"));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Entry> faq(long practiceId) {
		Map<Long, List<PracticeLink>> byConference = this.links.findByPracticeId(practiceId)
			.stream()
			.collect(Collectors.groupingBy(PracticeLink::getConferenceId));
		return byConference.keySet()
			.stream()
			.map(this.conferences::find)
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(ConferenceView::startsAt).reversed())
			.flatMap((conference) -> {
				List<PracticeLink> linked = byConference.get(conference.id());
				return this.answers.published(conference)
					.stream()
					.filter((q) -> linked.stream()
						.anyMatch((link) -> Objects.equals(link.getQuestionId(), q.getId())
								|| (link.getAgendaItemId() != null
										&& link.getAgendaItemId().equals(q.getAgendaItemId()))))
					.map((q) -> new Entry(q.getText(), q.getAnswer(), conference.id(), conference.title()));
			})
			.toList();
	}

}
