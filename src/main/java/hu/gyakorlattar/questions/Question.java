package hu.gyakorlattar.questions;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.DynamicUpdate;

/**
 * A question about an agenda item (or the whole conference), kept as typed: pages escape
 * it. The vote count is written only by the repository's statements (one row per vote),
 * so the entity updates only the columns it changed and never overwrites a count that
 * moved meanwhile.
 */
@Entity
@Table(name = "question")
@DynamicUpdate
class Question {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long conferenceId;

	private Long agendaItemId;

	private Long registrationId;

	private String authorName;

	private boolean anonymous;

	private String text;

	@Enumerated(EnumType.STRING)
	private QuestionStatus status;

	private Long mergedInto;

	private boolean pinned;

	private Instant answeredAt;

	private String answer;

	private int votes;

	private Instant askedAt;

	protected Question() {
	}

	Question(long conferenceId, Long agendaItemId, Long registrationId, String authorName, boolean anonymous,
			String text, boolean approved, Instant askedAt) {
		this.conferenceId = conferenceId;
		this.agendaItemId = agendaItemId;
		this.registrationId = registrationId;
		this.authorName = authorName;
		this.anonymous = anonymous;
		this.text = text;
		this.status = approved ? QuestionStatus.APPROVED : QuestionStatus.NEW;
		this.askedAt = askedAt;
	}

	void approve() {
		if (this.status != QuestionStatus.MERGED) {
			this.status = QuestionStatus.APPROVED;
		}
	}

	void hide() {
		this.status = QuestionStatus.HIDDEN;
		this.pinned = false;
	}

	void pin(boolean pinned) {
		this.pinned = pinned;
		if (pinned) {
			this.status = QuestionStatus.APPROVED;
		}
	}

	void edit(String text) {
		this.text = text;
	}

	void answered(Instant at, String answer) {
		this.answeredAt = at;
		this.answer = answer;
		this.pinned = false;
		this.status = QuestionStatus.APPROVED;
	}

	void mergeInto(long target) {
		this.status = QuestionStatus.MERGED;
		this.mergedInto = target;
		this.pinned = false;
	}

	/** The registrant's data went: their name and their link to this question. */
	void forgetAuthor() {
		this.authorName = null;
		this.registrationId = null;
		this.anonymous = true;
	}

	/** Approved, answered, and with a written answer the archive can show. */
	boolean answeredInWriting() {
		return this.status == QuestionStatus.APPROVED && this.answeredAt != null && this.answer != null
				&& !this.answer.isBlank();
	}

	boolean visible() {
		return this.status == QuestionStatus.APPROVED;
	}

	Long getId() {
		return this.id;
	}

	long getConferenceId() {
		return this.conferenceId;
	}

	Long getAgendaItemId() {
		return this.agendaItemId;
	}

	Long getRegistrationId() {
		return this.registrationId;
	}

	String getAuthorName() {
		return this.authorName;
	}

	boolean isAnonymous() {
		return this.anonymous;
	}

	String getText() {
		return this.text;
	}

	QuestionStatus getStatus() {
		return this.status;
	}

	Long getMergedInto() {
		return this.mergedInto;
	}

	boolean isPinned() {
		return this.pinned;
	}

	Instant getAnsweredAt() {
		return this.answeredAt;
	}

	String getAnswer() {
		return this.answer;
	}

	int getVotes() {
		return this.votes;
	}

	Instant getAskedAt() {
		return this.askedAt;
	}

}
