package hu.gyakorlattar.questions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.registration.RegistrationManagement;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderator works through a conference's queue: approves, hides, pins, edits, answers
 * and merges questions, and sets auto-approval and publishing the answers. The rules of
 * each move are the question's own ({@link Question}); this finds the question within its
 * conference and tells the pages.
 */
@Service
@Transactional
class Moderating {

	private final QuestionRepository questions;

	private final ConferenceQuestions conferences;

	private final QuestionChanges changes;

	private final RegistrationManagement registrations;

	private final Clock clock;

	Moderating(QuestionRepository questions, ConferenceQuestions conferences, QuestionChanges changes,
			RegistrationManagement registrations, Clock clock) {
		this.registrations = registrations;
		this.questions = questions;
		this.conferences = conferences;
		this.changes = changes;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Queue queue(long conferenceId) {
		ConferenceView conference = this.conferences.conference(conferenceId);
		QuestionSettings settings = this.conferences.settings(conferenceId);
		List<QuestionView> all = this.conferences.views(conference);
		List<QuestionView> awaiting = all.stream().filter((q) -> q.status() == QuestionStatus.NEW).toList();
		return new Queue(conference, settings.isAutoApprove(), settings.isPublishAnswers(), awaiting,
				all.stream()
					.filter((q) -> q.status() == QuestionStatus.APPROVED && !q.answered())
					.sorted(QuestionOrder.VOTES.comparator())
					.toList(),
				all.stream().filter((q) -> q.status() == QuestionStatus.APPROVED && q.answered()).toList(),
				all.stream().filter((q) -> q.status() == QuestionStatus.HIDDEN).toList(),
				all.stream().filter((q) -> q.status() == QuestionStatus.MERGED).toList(),
				unconfirmed(awaiting.stream().map(QuestionView::id).toList()));
	}

	/** The questions whose askers have not confirmed their registration yet. */
	private Set<Long> unconfirmed(List<Long> questionIds) {
		Map<Long, Long> askers = new HashMap<>();
		this.questions.findAllById(questionIds)
			.stream()
			.filter((question) -> question.getRegistrationId() != null)
			.forEach((question) -> askers.put(question.getId(), question.getRegistrationId()));
		Set<Long> unconfirmed = this.registrations.unconfirmed(askers.values());
		return askers.entrySet()
			.stream()
			.filter((asker) -> unconfirmed.contains(asker.getValue()))
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

	/**
	 * A question written on the registration form waits for its asker to confirm: until
	 * then anyone may have sent it in their name.
	 */
	private Question confirmedAskers(Question question) {
		Long asker = question.getRegistrationId();
		if (asker != null && !this.registrations.unconfirmed(List.of(asker)).isEmpty()) {
			throw new InvalidInput(null, "questions.approve.unconfirmed");
		}
		return question;
	}

	/**
	 * The moderator's queue, by state; {@code unconfirmed}: the awaiting questions whose
	 * askers have not confirmed yet.
	 */
	record Queue(ConferenceView conference, boolean autoApprove, boolean publishAnswers, List<QuestionView> awaiting,
			List<QuestionView> approved, List<QuestionView> answered, List<QuestionView> hidden,
			List<QuestionView> merged, Set<Long> unconfirmed) {

		/** Questions a duplicate may be merged into: approved or awaiting ones. */
		public List<QuestionView> mergeTargets() {
			List<QuestionView> targets = new ArrayList<>(this.approved);
			targets.addAll(this.awaiting);
			return targets;
		}

	}

	void configure(long conferenceId, ModerationForms.SettingsForm form) {
		this.conferences.conference(conferenceId);
		this.conferences.settingsToChange(conferenceId).change(form.autoApprove(), form.publishAnswers());
		this.changes.moderated(conferenceId);
	}

	void approve(long conferenceId, long questionId) {
		confirmedAskers(question(conferenceId, questionId)).approve();
		this.changes.moderated(conferenceId);
	}

	void hide(long conferenceId, long questionId) {
		question(conferenceId, questionId).hide();
		this.changes.moderated(conferenceId);
	}

	/** Pins the question as the current one (approving it), or lets it go if it was. */
	void pin(long conferenceId, long questionId) {
		Question question = confirmedAskers(question(conferenceId, questionId));
		if (!question.isPinned()) {
			// one pinned question per conference: the others let go before this one is
			// written
			this.questions.unpinOthers(conferenceId, questionId);
		}
		question.pinOrLetGo();
		this.changes.moderated(conferenceId);
	}

	void edit(long conferenceId, long questionId, ModerationForms.EditForm form) {
		question(conferenceId, questionId).edit(form.text());
		this.changes.moderated(conferenceId);
	}

	void answer(long conferenceId, long questionId, ModerationForms.AnswerForm form) {
		question(conferenceId, questionId).answered(this.clock.instant(), form.answer());
		this.changes.moderated(conferenceId);
	}

	/**
	 * A duplicate goes into another question of the conference: its votes (and its
	 * asker's support) are carried over, each voter counted once.
	 */
	void merge(long conferenceId, long questionId, long into) {
		if (questionId == into) {
			throw new InvalidInput("into", "questions.merge.self");
		}
		Question duplicate = question(conferenceId, questionId);
		Question target = this.questions.findById(into).orElse(null);
		duplicate.mergeInto(target);
		this.questions.carryVotes(duplicate.getId(), target.getId());
		if (duplicate.getRegistrationId() != null
				&& !Objects.equals(duplicate.getRegistrationId(), target.getRegistrationId())) {
			this.questions.vote(target.getId(), duplicate.getRegistrationId(), duplicate.getAskedAt());
		}
		this.questions.recount(target.getId());
		this.changes.moderated(conferenceId);
	}

	/** The conference's question; anything else is not found. */
	private Question question(long conferenceId, long questionId) {
		this.conferences.conference(conferenceId);
		return this.questions.findById(questionId)
			.filter((q) -> q.getConferenceId() == conferenceId)
			.orElseThrow(NotFound::new);
	}

}
