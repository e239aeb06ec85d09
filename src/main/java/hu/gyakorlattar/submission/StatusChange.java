package hu.gyakorlattar.submission;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One step of an application's status: who moved it, when and why. */
@Entity
@Table(name = "submission_status_change")
class StatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "submission_id")
	private Submission submission;

	@Enumerated(EnumType.STRING)
	private SubmissionStatus status;

	private Instant changedAt;

	private String changedBy;

	private @Nullable String reason;

	protected StatusChange() {
	}

	StatusChange(Submission submission, SubmissionStatus status, Instant changedAt, String changedBy, String reason) {
		this.submission = submission;
		this.status = status;
		this.changedAt = changedAt;
		this.changedBy = changedBy;
		this.reason = reason;
	}

	SubmissionStatus getStatus() {
		return this.status;
	}

	Instant getChangedAt() {
		return this.changedAt;
	}

	String getChangedBy() {
		return this.changedBy;
	}

	String getReason() {
		return this.reason;
	}

}
