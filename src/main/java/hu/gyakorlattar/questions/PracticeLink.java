package hu.gyakorlattar.questions;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A knowledge-base practice that a published answer, or every published answer about an
 * agenda item, belongs to: the practice page shows them as its FAQ. Exactly one of
 * {@code questionId} and {@code agendaItemId} is set.
 */
@Entity
@Table(name = "question_practice_link")
class PracticeLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long conferenceId;

	private @Nullable Long questionId;

	private @Nullable Long agendaItemId;

	private long practiceId;

	private Instant linkedAt;

	protected PracticeLink() {
	}

	private PracticeLink(long conferenceId, Long questionId, Long agendaItemId, long practiceId, Instant linkedAt) {
		this.conferenceId = conferenceId;
		this.questionId = questionId;
		this.agendaItemId = agendaItemId;
		this.practiceId = practiceId;
		this.linkedAt = linkedAt;
	}

	static PracticeLink ofQuestion(long conferenceId, long questionId, long practiceId, Instant at) {
		return new PracticeLink(conferenceId, questionId, null, practiceId, at);
	}

	static PracticeLink ofAgendaItem(long conferenceId, long agendaItemId, long practiceId, Instant at) {
		return new PracticeLink(conferenceId, null, agendaItemId, practiceId, at);
	}

	Long getId() {
		return this.id;
	}

	long getConferenceId() {
		return this.conferenceId;
	}

	@Nullable Long getQuestionId() {
		return this.questionId;
	}

	@Nullable Long getAgendaItemId() {
		return this.agendaItemId;
	}

	long getPracticeId() {
		return this.practiceId;
	}

	Instant getLinkedAt() {
		return this.linkedAt;
	}

}
