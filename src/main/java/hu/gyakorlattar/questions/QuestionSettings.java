package hu.gyakorlattar.questions;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A conference's Q&A settings: auto-approval, publishing the answers, and the agenda item
 * the moderator says is running, with the time they started it.
 */
@Entity
@Table(name = "question_settings")
class QuestionSettings {

	@Id
	private Long conferenceId;

	private boolean autoApprove;

	private boolean publishAnswers;

	private Long runningItemId;

	private Instant runningSince;

	protected QuestionSettings() {
	}

	QuestionSettings(long conferenceId) {
		this.conferenceId = conferenceId;
	}

	void change(boolean autoApprove, boolean publishAnswers) {
		this.autoApprove = autoApprove;
		this.publishAnswers = publishAnswers;
	}

	/**
	 * The moderator starts an agenda item now; null follows the clock again. Starting the
	 * item that already runs keeps its start, so a second click (or a second moderator)
	 * never hides an overrun.
	 */
	void run(Long agendaItemId, Instant now) {
		if (agendaItemId != null && agendaItemId.equals(this.runningItemId)) {
			return;
		}
		this.runningItemId = agendaItemId;
		this.runningSince = (agendaItemId != null) ? now : null;
	}

	boolean isAutoApprove() {
		return this.autoApprove;
	}

	boolean isPublishAnswers() {
		return this.publishAnswers;
	}

	Long getRunningItemId() {
		return this.runningItemId;
	}

	/** When the moderator started the running item; null while the clock leads. */
	Instant getRunningSince() {
		return this.runningSince;
	}

}
