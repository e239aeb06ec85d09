package hu.gyakorlattar.questions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import hu.gyakorlattar.conference.AgendaItemKind;
import hu.gyakorlattar.conference.AgendaItemView;
import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.conference.PublishedAnswers;
import hu.gyakorlattar.registration.Participant;
import hu.gyakorlattar.registration.QuestionAskedAtRegistration;
import hu.gyakorlattar.registration.RegistrantQuestions;
import hu.gyakorlattar.registration.RegistrationAnonymised;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The Q&A's use cases: participants ask and vote, the moderator approves, edits, merges,
 * pins, answers, hides and runs the show; and what the conference and registration
 * modules learn of questions. Every change notifies the conference's channel in its own
 * transaction, so open pages on every instance refresh once it commits.
 */
@Service
@Transactional
class QuestionManagement implements RegistrantQuestions, PublishedAnswers {

	/** Agenda items one may ask about: not the technical help or a break. */
	private static final Set<AgendaItemKind> ASKABLE = Set.of(AgendaItemKind.WELCOME, AgendaItemKind.TALK,
			AgendaItemKind.QUESTIONS, AgendaItemKind.CLOSING);

	private static final Duration WARNING = Duration.ofMinutes(2);

	private final QuestionRepository questions;

	private final QuestionSettingsRepository settings;

	private final ConferenceManagement conferences;

	private final Clock clock;

	QuestionManagement(QuestionRepository questions, QuestionSettingsRepository settings,
			ConferenceManagement conferences, Clock clock) {
		this.questions = questions;
		this.settings = settings;
		this.conferences = conferences;
		this.clock = clock;
	}

	// --- participants

	/**
	 * A participant asks. Refused (with the reason next to the field) when their
	 * registration was cancelled, the conference is over, the text is blank or too long,
	 * or the agenda item is not one of the conference's.
	 */
	long ask(Participant participant, QuestionForm form) {
		ConferenceView conference = takingPart(participant);
		String text = (form.text() != null) ? form.text().strip() : "";
		if (text.isEmpty()) {
			throw new InvalidInput("text", "questions.text.blank");
		}
		if (text.length() > QuestionForm.MAX_LENGTH) {
			throw new InvalidInput("text", "questions.text.tooLong", QuestionForm.MAX_LENGTH);
		}
		Long item = form.agendaItemId();
		if (item != null && topics(conference).stream().noneMatch((topic) -> item.equals(topic.id()))) {
			throw new InvalidInput("agendaItemId", "questions.topic.unknown");
		}
		Question question = this.questions.save(new Question(conference.id(), item, participant.registrationId(),
				participant.name().toString(), Boolean.TRUE.equals(form.anonymous()), text,
				settingsOf(conference.id()).isAutoApprove(), this.clock.instant()));
		changed(question);
		return question.getId();
	}

	/**
	 * A participant's upvote, once per question; only approved questions of their own
	 * conference take votes.
	 */
	void vote(Participant participant, long questionId) {
		ConferenceView conference = takingPart(participant);
		Question question = this.questions.findById(questionId)
			.filter((q) -> q.getConferenceId() == conference.id() && q.visible())
			.orElseThrow(() -> new InvalidInput(null, "questions.vote.unavailable"));
		if (this.questions.vote(question.getId(), participant.registrationId(), this.clock.instant()) == 0) {
			throw new InvalidInput(null, "questions.vote.already");
		}
		this.questions.recount(question.getId());
		changed(conference.id());
	}

	private ConferenceView takingPart(Participant participant) {
		ConferenceView conference = conference(participant.conferenceId());
		if (!participant.active()) {
			throw new InvalidInput(null, "questions.cancelled");
		}
		if (conference.over(this.clock.instant())) {
			throw new InvalidInput(null, "questions.over");
		}
		return conference;
	}

	/** What a participant sees: the approved questions, theirs, the answered ones. */
	@Transactional(readOnly = true)
	Board board(Participant participant, Order order) {
		ConferenceView conference = conference(participant.conferenceId());
		Set<Long> voted = new HashSet<>(this.questions.votedBy(conference.id(), participant.registrationId()));
		List<QuestionView> all = views(conference,
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
		return new Board(conference, pinned, open, answered, mine, topics(conference), closed);
	}

	/**
	 * The participant's page. {@code closedReason}: the message key saying why they may
	 * no longer ask or vote; null while they may.
	 */
	record Board(ConferenceView conference, QuestionView pinned, List<QuestionView> open, List<QuestionView> answered,
			List<QuestionView> mine, List<Topic> topics, String closedReason) {

		public boolean mayTakePart() {
			return this.closedReason == null;
		}

	}

	/** An agenda item one may ask about. */
	record Topic(long id, String title) {

	}

	/** How the list is sorted: most votes first, or newest first. */
	enum Order {

		VOTES, TIME;

		static Order of(String parameter) {
			return "ido".equals(parameter) ? TIME : VOTES;
		}

		String parameter() {
			return (this == TIME) ? "ido" : "szavazat";
		}

		Comparator<QuestionView> comparator() {
			Comparator<QuestionView> newest = Comparator.comparing(QuestionView::askedAt)
				.reversed()
				.thenComparing(Comparator.comparingLong(QuestionView::id).reversed());
			Comparator<QuestionView> pinnedFirst = Comparator.comparing((QuestionView q) -> !q.pinned());
			return (this == TIME) ? pinnedFirst.thenComparing(newest)
					: pinnedFirst.thenComparing(Comparator.comparingInt(QuestionView::votes).reversed())
						.thenComparing(Comparator.comparing(QuestionView::askedAt))
						.thenComparing(QuestionView::id);
		}

	}

	// --- the moderator

	@Transactional(readOnly = true)
	Queue queue(long conferenceId) {
		ConferenceView conference = conference(conferenceId);
		QuestionSettings settings = settingsOf(conferenceId);
		List<QuestionView> all = views(conference, (q) -> false, Set.of());
		Comparator<QuestionView> byVotes = Order.VOTES.comparator();
		return new Queue(conference, settings.isAutoApprove(), settings.isPublishAnswers(),
				all.stream().filter((q) -> q.status() == QuestionStatus.NEW).toList(),
				all.stream()
					.filter((q) -> q.status() == QuestionStatus.APPROVED && !q.answered())
					.sorted(byVotes)
					.toList(),
				all.stream().filter((q) -> q.status() == QuestionStatus.APPROVED && q.answered()).toList(),
				all.stream().filter((q) -> q.status() == QuestionStatus.HIDDEN).toList(),
				all.stream().filter((q) -> q.status() == QuestionStatus.MERGED).toList());
	}

	/** The moderator's queue, by state. */
	record Queue(ConferenceView conference, boolean autoApprove, boolean publishAnswers, List<QuestionView> awaiting,
			List<QuestionView> approved, List<QuestionView> answered, List<QuestionView> hidden,
			List<QuestionView> merged) {

		/** Questions a duplicate may be merged into: approved or awaiting ones. */
		public List<QuestionView> mergeTargets() {
			List<QuestionView> targets = new ArrayList<>(this.approved);
			targets.addAll(this.awaiting);
			return targets;
		}

	}

	void configure(long conferenceId, ModerationForms.SettingsForm form) {
		conference(conferenceId);
		QuestionSettings settings = this.settings.findById(conferenceId)
			.orElseGet(() -> this.settings.save(new QuestionSettings(conferenceId)));
		settings.change(form.autoApprove(), form.publishAnswers());
		changed(conferenceId);
	}

	void approve(long conferenceId, long questionId) {
		moderated(conferenceId, questionId).approve();
		changed(conferenceId);
	}

	void hide(long conferenceId, long questionId) {
		moderated(conferenceId, questionId).hide();
		changed(conferenceId);
	}

	/** Pins the question as the current one (approving it), or lets it go if it was. */
	void pin(long conferenceId, long questionId) {
		Question question = moderated(conferenceId, questionId);
		boolean pin = !question.isPinned();
		if (pin) {
			this.questions.unpinOthers(conferenceId, questionId);
		}
		question.pin(pin);
		changed(conferenceId);
	}

	void edit(long conferenceId, long questionId, ModerationForms.EditForm form) {
		String text = (form.text() != null) ? form.text().strip() : "";
		if (text.isEmpty()) {
			throw new InvalidInput("text", "questions.text.blank");
		}
		moderated(conferenceId, questionId).edit(text);
		changed(conferenceId);
	}

	void answer(long conferenceId, long questionId, ModerationForms.AnswerForm form) {
		String answer = StringUtils.hasText(form.answer()) ? form.answer().strip() : null;
		moderated(conferenceId, questionId).answered(this.clock.instant(), answer);
		changed(conferenceId);
	}

	/**
	 * A duplicate goes into another question of the conference: its votes (and its
	 * asker's support) are carried over, each voter counted once.
	 */
	void merge(long conferenceId, long questionId, long into) {
		if (questionId == into) {
			throw new InvalidInput("into", "questions.merge.self");
		}
		Question duplicate = moderated(conferenceId, questionId);
		Question target = this.questions.findById(into)
			.filter((q) -> q.getConferenceId() == conferenceId && q.getStatus() != QuestionStatus.MERGED
					&& q.getStatus() != QuestionStatus.HIDDEN)
			.orElseThrow(() -> new InvalidInput("into", "questions.merge.unknown"));
		this.questions.carryVotes(duplicate.getId(), target.getId());
		if (duplicate.getRegistrationId() != null
				&& !Objects.equals(duplicate.getRegistrationId(), target.getRegistrationId())) {
			this.questions.vote(target.getId(), duplicate.getRegistrationId(), duplicate.getAskedAt());
		}
		this.questions.recount(target.getId());
		duplicate.mergeInto(target.getId());
		changed(conferenceId);
	}

	private Question moderated(long conferenceId, long questionId) {
		conference(conferenceId);
		Question question = this.questions.findById(questionId)
			.filter((q) -> q.getConferenceId() == conferenceId)
			.orElseThrow(NotFound::new);
		if (question.getStatus() == QuestionStatus.MERGED) {
			throw new InvalidInput(null, "questions.merged");
		}
		return question;
	}

	/** The projector: the pinned question, large. */
	@Transactional(readOnly = true)
	Projection projection(long conferenceId) {
		ConferenceView conference = conference(conferenceId);
		QuestionView pinned = views(conference, (q) -> false, Set.of()).stream()
			.filter(QuestionView::pinned)
			.findFirst()
			.orElse(null);
		return new Projection(conference, pinned);
	}

	record Projection(ConferenceView conference, QuestionView pinned) {

	}

	// --- the run of show

	/**
	 * Where the conference is now: the item running (the one the moderator started, else
	 * the one the clock says), its time left or overrun, the next item and its speakers,
	 * and the questions of the running block.
	 */
	@Transactional(readOnly = true)
	RunOfShow runOfShow(long conferenceId) {
		ConferenceView conference = conference(conferenceId);
		Instant now = this.clock.instant();
		List<AgendaItemView> agenda = conference.agenda();
		AgendaItemView byClock = agenda.stream()
			.filter((item) -> !now.isBefore(item.startsAt()) && now.isBefore(item.endsAt()))
			.findFirst()
			.orElse(null);
		Long started = settingsOf(conferenceId).getRunningItemId();
		AgendaItemView running = agenda.stream()
			.filter((item) -> started != null && item.id() == started)
			.findFirst()
			.orElse(byClock);
		AgendaItemView next = (running != null) ? after(agenda, running)
				: agenda.stream().filter((item) -> now.isBefore(item.startsAt())).findFirst().orElse(null);
		Duration left = (running != null) ? Duration.between(now, running.endsAt()) : Duration.ZERO;
		boolean overrun = running != null && left.isNegative();
		boolean warning = running != null && !overrun && left.compareTo(WARNING) <= 0;
		List<QuestionView> queue = List.of();
		if (running != null) {
			Set<Long> topics = new HashSet<>();
			topics.add(running.id());
			if (running.kind() == AgendaItemKind.QUESTIONS) {
				AgendaItemView before = before(agenda, running);
				if (before != null) {
					topics.add(before.id());
				}
			}
			boolean general = running.kind() == AgendaItemKind.QUESTIONS || running.kind() == AgendaItemKind.CLOSING;
			queue = views(conference, (q) -> false, Set.of()).stream()
				.filter((q) -> q.status() == QuestionStatus.NEW
						|| (q.status() == QuestionStatus.APPROVED && !q.answered()))
				.filter((q) -> (q.agendaItemId() == null) ? general : topics.contains(q.agendaItemId()))
				.sorted(Order.VOTES.comparator())
				.toList();
		}
		Duration shown = left.abs();
		return new RunOfShow(conference, now, running, running != null && started != null, next, shown.toMinutes(),
				shown.toSecondsPart(), overrun, warning, conference.over(now),
				running == null && !agenda.isEmpty() && now.isBefore(agenda.get(0).startsAt()), queue);
	}

	/**
	 * The console's state. {@code minutes}/{@code seconds}: time left, or the overrun
	 * when {@code overrun}; {@code startedByModerator}: the moderator, not the clock,
	 * says what runs.
	 */
	record RunOfShow(ConferenceView conference, Instant now, AgendaItemView running, boolean startedByModerator,
			AgendaItemView next, long minutes, int seconds, boolean overrun, boolean warning, boolean over,
			boolean notYetStarted, List<QuestionView> queue) {

	}

	/** The moderator says which item runs now; null follows the clock again. */
	void run(long conferenceId, Long agendaItemId) {
		ConferenceView conference = conference(conferenceId);
		if (agendaItemId != null && conference.agenda().stream().noneMatch((item) -> item.id() == agendaItemId)) {
			throw new InvalidInput(null, "questions.run.unknown");
		}
		QuestionSettings settings = this.settings.findById(conferenceId)
			.orElseGet(() -> this.settings.save(new QuestionSettings(conferenceId)));
		settings.run(agendaItemId);
		changed(conferenceId);
	}

	private static AgendaItemView after(List<AgendaItemView> agenda, AgendaItemView item) {
		int index = agenda.indexOf(item);
		return (index >= 0 && index + 1 < agenda.size()) ? agenda.get(index + 1) : null;
	}

	private static AgendaItemView before(List<AgendaItemView> agenda, AgendaItemView item) {
		int index = agenda.indexOf(item);
		return (index > 0) ? agenda.get(index - 1) : null;
	}

	// --- other modules

	/**
	 * A question written on the registration form joins the first Q&A block (else the
	 * conference as a whole), awaiting the moderator. Once: the event comes again when
	 * the registry resubmits it after a crash.
	 */
	@ApplicationModuleListener
	void askedAtRegistration(QuestionAskedAtRegistration asked) {
		ConferenceView conference = this.conferences.find(asked.conferenceId()).orElse(null);
		if (conference == null
				|| this.questions.existsByRegistrationIdAndAskedAt(asked.registrationId(), asked.askedAt())) {
			return;
		}
		Long block = conference.agenda()
			.stream()
			.filter((item) -> item.kind() == AgendaItemKind.QUESTIONS)
			.map(AgendaItemView::id)
			.findFirst()
			.orElse(null);
		String text = asked.text().strip();
		if (text.isEmpty()) {
			return;
		}
		// Never auto-approved: the form's sender may not yet have confirmed their
		// address.
		changed(this.questions.save(new Question(conference.id(), block, asked.registrationId(),
				asked.name().toString(), false, text, false, asked.askedAt())));
	}

	/**
	 * The registrant's data went: their unanswered questions go too; answered ones stay
	 * for the archive, without name.
	 */
	@ApplicationModuleListener
	void registrationAnonymised(RegistrationAnonymised anonymised) {
		List<Question> asked = this.questions.findByRegistrationId(anonymised.registrationId());
		for (Question question : asked) {
			if (question.getAnsweredAt() == null) {
				this.questions.delete(question);
			}
			else {
				question.forgetAuthor();
			}
		}
		if (!asked.isEmpty()) {
			changed(anonymised.conferenceId());
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, List<String>> askedBy(Collection<Long> registrationIds) {
		return this.questions.findByRegistrationIdInOrderByAskedAtAscIdAsc(registrationIds)
			.stream()
			.collect(Collectors.groupingBy(Question::getRegistrationId, LinkedHashMap::new,
					Collectors.mapping(Question::getText, Collectors.toList())));
	}

	@Override
	@Transactional(readOnly = true)
	public List<PublishedAnswer> publishedAnswers(long conferenceId) {
		return this.conferences.find(conferenceId)
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
		if (!conference.over(this.clock.instant()) || !settingsOf(conference.id()).isPublishAnswers()) {
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

	// --- helpers

	private List<QuestionView> views(ConferenceView conference, java.util.function.Predicate<Question> mine,
			Set<Long> voted) {
		Map<Long, String> titles = conference.agenda()
			.stream()
			.collect(Collectors.toMap(AgendaItemView::id, AgendaItemView::title, (a, b) -> a));
		return this.questions.findByConferenceIdOrderByAskedAtAscIdAsc(conference.id())
			.stream()
			.map((q) -> new QuestionView(q.getId(), q.getAgendaItemId(),
					(q.getAgendaItemId() != null) ? titles.get(q.getAgendaItemId()) : null, q.getText(),
					q.getAuthorName(), q.isAnonymous(), q.getStatus(), q.isPinned(), q.getAnswer(),
					q.getAnsweredAt() != null, q.getVotes(), q.getAskedAt(), q.getMergedInto(), mine.test(q),
					voted.contains(q.getId())))
			.toList();
	}

	List<Topic> topics(ConferenceView conference) {
		return conference.agenda()
			.stream()
			.filter((item) -> ASKABLE.contains(item.kind()))
			.map((item) -> new Topic(item.id(), item.title()))
			.toList();
	}

	private QuestionSettings settingsOf(long conferenceId) {
		return this.settings.findById(conferenceId).orElseGet(() -> new QuestionSettings(conferenceId));
	}

	@Transactional(readOnly = true)
	ConferenceView conference(long conferenceId) {
		return this.conferences.find(conferenceId).orElseThrow(NotFound::new);
	}

	private void changed(long conferenceId) {
		this.questions.notifyChanged(Long.toString(conferenceId));
	}

	/** A change only moderators see: a question awaiting approval. */
	private void changedForModerators(long conferenceId) {
		this.questions.notifyChanged(conferenceId + ":m");
	}

	private void changed(Question question) {
		if (question.getStatus() == QuestionStatus.NEW) {
			changedForModerators(question.getConferenceId());
		}
		else {
			changed(question.getConferenceId());
		}
	}

}
