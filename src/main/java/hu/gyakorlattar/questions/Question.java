package hu.gyakorlattar.questions;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import hu.gyakorlattar.shared.InvalidInput;

import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/**
 * A question about an agenda item (or the whole conference), kept as typed: pages escape
 * it. The vote count is written only by the repository's statements (one row per vote),
 * so the entity updates only the columns it changed and never overwrites a count that
 * moved meanwhile. The moderation rules live here: a merged duplicate takes no further
 * moderation, and a question is merged only into a live one of its own conference.
 */
@Entity
@Table(name = "question")
@DynamicUpdate
class Question {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long conferenceId;

	private @Nullable Long agendaItemId;

	private @Nullable Long registrationId;

	private String authorName;

	private boolean anonymous;

	private String text;

	@Enumerated(EnumType.STRING)
	private QuestionStatus status;

	private Long mergedInto;

	private boolean pinned;

	private @Nullable Instant answeredAt;

	private @Nullable String answer;

	private int votes;

	private Instant askedAt;

	protected Question() {
	}

	/**
	 * A question as asked: refused when its text is blank or too long. It awaits the
	 * moderator unless the conference approves questions as they come.
	 */
	Question(long conferenceId, Long agendaItemId, Long registrationId, String authorName, boolean anonymous,
			String text, boolean approved, Instant askedAt) {
		this.conferenceId = conferenceId;
		this.agendaItemId = agendaItemId;
		this.registrationId = registrationId;
		this.authorName = authorName;
		this.anonymous = anonymous;
		this.text = checkedText(text, "questions.text.blank", "questions.text.tooLong");
		this.status = approved ? QuestionStatus.APPROVED : QuestionStatus.NEW;
		this.askedAt = askedAt;
	}

	/** Shown to everyone, so it takes votes. */
	void approve() {
		stillModerated();
		this.status = QuestionStatus.APPROVED;
	}

	/** Taken off the audience's list; a hidden question is never the pinned one. */
	void hide() {
		stillModerated();
		this.status = QuestionStatus.HIDDEN;
		this.pinned = false;
	}

	/**
	 * Pins the question as the current one, approving it, or lets it go if it was pinned.
	 * @return whether it is pinned now
	 */
	boolean pinOrLetGo() {
		stillModerated();
		this.pinned = !this.pinned;
		if (this.pinned) {
			this.status = QuestionStatus.APPROVED;
		}
		return this.pinned;
	}

	/** A typo fixed by the moderator; the text stays within the participant's limit. */
	void edit(String text) {
		stillModerated();
		this.text = checkedText(text, "questions.text.blank.moderator", "questions.text.tooLong.moderator");
	}

	/**
	 * Answered in the session, with an optional written answer for the archive (blank:
	 * none); an answered question is shown, no longer pinned.
	 */
	void answered(Instant at, String answer) {
		stillModerated();
		this.answeredAt = at;
		this.answer = (answer != null && !answer.isBlank()) ? answer.strip() : null;
		this.pinned = false;
		this.status = QuestionStatus.APPROVED;
	}

	/**
	 * A duplicate goes into another question of the same conference that is still on the
	 * lists (approved or awaiting); its votes are the caller's to carry over.
	 * @param target the question it goes into; null when the moderator named none that
	 * exists
	 */
	void mergeInto(Question target) {
		if (target == this || (target != null && this.id != null && this.id.equals(target.id))) {
			throw new InvalidInput("into", "questions.merge.self");
		}
		stillModerated();
		if (target == null || target.conferenceId != this.conferenceId || target.status == QuestionStatus.MERGED
				|| target.status == QuestionStatus.HIDDEN) {
			throw new InvalidInput("into", "questions.merge.unknown");
		}
		this.status = QuestionStatus.MERGED;
		this.mergedInto = target.id;
		this.pinned = false;
	}

	/** A merged duplicate lives on only in the question it went into. */
	private void stillModerated() {
		if (this.status == QuestionStatus.MERGED) {
			throw new InvalidInput(null, "questions.merged");
		}
	}

	private static String checkedText(String text, String blankKey, String tooLongKey) {
		String stripped = (text != null) ? text.strip() : "";
		if (stripped.isEmpty()) {
			throw new InvalidInput("text", blankKey);
		}
		if (stripped.length() > QuestionForm.MAX_LENGTH) {
			throw new InvalidInput("text", tooLongKey, QuestionForm.MAX_LENGTH);
		}
		return stripped;
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

	/** Whether this participant asked it: an asker's support goes without saying. */
	boolean askedBy(long registrationId) {
		return this.registrationId != null && this.registrationId == registrationId;
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

	@Nullable Long getAgendaItemId() {
		return this.agendaItemId;
	}

	@Nullable Long getRegistrationId() {
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

	@Nullable Instant getAnsweredAt() {
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
