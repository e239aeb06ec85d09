package hu.gyakorlattar.questions;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A conference's Q&A settings: auto-approval, publishing the answers, and the agenda item
 * the moderator says is running.
 */
@Entity
@Table(name = "question_settings")
class QuestionSettings {

	@Id
	private Long conferenceId;

	private boolean autoApprove;

	private boolean publishAnswers;

	private Long runningItemId;

	protected QuestionSettings() {
	}

	QuestionSettings(long conferenceId) {
		this.conferenceId = conferenceId;
	}

	void change(boolean autoApprove, boolean publishAnswers) {
		this.autoApprove = autoApprove;
		this.publishAnswers = publishAnswers;
	}

	void run(Long agendaItemId) {
		this.runningItemId = agendaItemId;
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

}
