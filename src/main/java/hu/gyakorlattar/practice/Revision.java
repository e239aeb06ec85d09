package hu.gyakorlattar.practice;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of a practice: who, when, what, and the record as it stood afterwards. */
@Entity
@Table(name = "practice_revision")
class Revision {

	enum Change {

		CREATED, EDITED, PUBLISHED, WITHDRAWN, ATTACHMENT_ADDED, ATTACHMENT_REMOVED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long practiceId;

	private Instant revisedAt;

	private String revisedBy;

	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	private Change change;

	private String snapshot;

	protected Revision() {
	}

	Revision(long practiceId, Instant revisedAt, String revisedBy, Change change, String snapshot) {
		this.practiceId = practiceId;
		this.revisedAt = revisedAt;
		this.revisedBy = revisedBy;
		this.change = change;
		this.snapshot = snapshot;
	}

	public Long getId() {
		return this.id;
	}

	public Instant getRevisedAt() {
		return this.revisedAt;
	}

	public String getRevisedBy() {
		return this.revisedBy;
	}

	public Change getChange() {
		return this.change;
	}

	public String getSnapshot() {
		return this.snapshot;
	}

}
