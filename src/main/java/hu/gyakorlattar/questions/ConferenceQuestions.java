package hu.gyakorlattar.questions;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import hu.gyakorlattar.conference.AgendaItemKind;
import hu.gyakorlattar.conference.AgendaItemView;
import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.registration.Participant;
import hu.gyakorlattar.shared.Bilingual;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every Q&A use case reads of a conference: the conference itself, its questions as
 * the pages show them, the agenda items one may ask about, its Q&A settings, and whether
 * a participant may still take part.
 */
@Component
class ConferenceQuestions {

	/** Agenda items one may ask about: not the technical help or a break. */
	private static final Set<AgendaItemKind> ASKABLE = Set.of(AgendaItemKind.WELCOME, AgendaItemKind.TALK,
			AgendaItemKind.QUESTIONS, AgendaItemKind.CLOSING);

	private final QuestionRepository questions;

	private final QuestionSettingsRepository settings;

	private final ConferenceManagement conferences;

	private final Clock clock;

	ConferenceQuestions(QuestionRepository questions, QuestionSettingsRepository settings,
			ConferenceManagement conferences, Clock clock) {
		this.questions = questions;
		this.settings = settings;
		this.conferences = conferences;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	ConferenceView conference(long conferenceId) {
		return this.conferences.find(conferenceId).orElseThrow(NotFound::new);
	}

	/**
	 * The participant's conference, while they may ask and vote: refused once their
	 * registration was cancelled or the conference is over.
	 */
	ConferenceView takingPart(Participant participant) {
		ConferenceView conference = conference(participant.conferenceId());
		if (!participant.active()) {
			throw new InvalidInput(null, "questions.cancelled");
		}
		if (conference.over(this.clock.instant())) {
			throw new InvalidInput(null, "questions.over");
		}
		return conference;
	}

	/**
	 * The conference's questions in the order asked, each with its topic's title.
	 * {@code mine} tells the looking participant's own; {@code voted} the ones they
	 * support.
	 */
	List<QuestionView> views(ConferenceView conference, Predicate<Question> mine, Set<Long> voted) {
		Map<Long, Bilingual> titles = conference.agenda()
			.stream()
			.collect(Collectors.toMap(AgendaItemView::id, AgendaItemView::bilingualTitle, (a, b) -> a));
		return this.questions.findByConferenceIdOrderByAskedAtAscIdAsc(conference.id())
			.stream()
			.map((q) -> new QuestionView(q.getId(), q.getAgendaItemId(),
					(q.getAgendaItemId() != null) ? titles.get(q.getAgendaItemId()) : null, q.getText(),
					q.getAuthorName(), q.isAnonymous(), q.getStatus(), q.isPinned(), q.getAnswer(),
					q.getAnsweredAt() != null, q.getVotes(), q.getAskedAt(), q.getMergedInto(), mine.test(q),
					voted.contains(q.getId())))
			.toList();
	}

	/** The questions as the moderator and the projector see them: nobody's own. */
	List<QuestionView> views(ConferenceView conference) {
		return views(conference, (q) -> false, Set.of());
	}

	List<Topic> topics(ConferenceView conference) {
		return conference.agenda()
			.stream()
			.filter((item) -> ASKABLE.contains(item.kind()))
			.map((item) -> new Topic(item.id(), item.startsAt(), item.bilingualTitle()))
			.toList();
	}

	/**
	 * The conference's settings as they are: the defaults until the moderator sets any.
	 */
	QuestionSettings settings(long conferenceId) {
		return this.settings.findById(conferenceId).orElseGet(() -> new QuestionSettings(conferenceId));
	}

	/** The conference's settings, stored so that a change to them is kept. */
	QuestionSettings settingsToChange(long conferenceId) {
		return this.settings.findById(conferenceId)
			.orElseGet(() -> this.settings.save(new QuestionSettings(conferenceId)));
	}

}
