package hu.gyakorlattar.registration;

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

/**
 * A mail due at a time: the day-before access link, a reminder, or the follow-up after
 * the end (thanks and materials to attendees, the recordings to no-shows).
 * {@code offsetSpec} is what the due time came from (the local send time, or the offset
 * before the start), so it can be recomputed when the conference moves.
 */
@Entity
@Table(name = "registration_scheduled_mail")
class ScheduledMail {

	enum Kind {

		DAY_BEFORE_LINK, REMINDER, FOLLOW_UP

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "registration_id")
	private Registration registration;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String offsetSpec;

	private Instant dueAt;

	private @Nullable Instant sentAt;

	private String outcome;

	protected ScheduledMail() {
	}

	ScheduledMail(Registration registration, Kind kind, String offsetSpec, Instant dueAt) {
		this.registration = registration;
		this.kind = kind;
		this.offsetSpec = offsetSpec;
		this.dueAt = dueAt;
	}

	void sent(Instant now) {
		this.sentAt = now;
		this.outcome = "SENT";
	}

	void skipped(Instant now) {
		this.sentAt = now;
		this.outcome = "SKIPPED";
	}

	void dueAt(Instant dueAt) {
		this.dueAt = dueAt;
	}

	boolean isSent() {
		return this.sentAt != null;
	}

	Long getId() {
		return this.id;
	}

	Registration getRegistration() {
		return this.registration;
	}

	Kind getKind() {
		return this.kind;
	}

	String getOffsetSpec() {
		return this.offsetSpec;
	}

	Instant getDueAt() {
		return this.dueAt;
	}

	Instant getSentAt() {
		return this.sentAt;
	}

	String getOutcome() {
		return this.outcome;
	}

}
