package hu.gyakorlattar.submission;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An applicant's claim to act for one municipality; an applicant may hold several, one
 * per municipality, and a municipality may have several applicants. Until an admin
 * approves it, the applicant sees nothing of the municipality's applications: anyone can
 * claim any municipality. An approval is never taken back by another claim.
 */
@Entity
@Table(name = "submission_applicant")
class ApplicantLink {

	enum Status {

		PENDING, APPROVED, REJECTED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String kshCode;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Instant requestedAt;

	private Instant decidedAt;

	private String decidedBy;

	protected ApplicantLink() {
	}

	ApplicantLink(String email, String kshCode, Instant now) {
		this.email = email;
		this.kshCode = kshCode;
		this.status = Status.PENDING;
		this.requestedAt = now;
	}

	/** Asks again after a refusal; a pending or approved claim stays as it is. */
	void claimAgain(Instant now) {
		if (this.status == Status.REJECTED) {
			this.status = Status.PENDING;
			this.requestedAt = now;
			this.decidedAt = null;
			this.decidedBy = null;
		}
	}

	void decide(boolean approved, String admin, Instant now) {
		this.status = approved ? Status.APPROVED : Status.REJECTED;
		this.decidedAt = now;
		this.decidedBy = admin;
	}

	Long getId() {
		return this.id;
	}

	String getEmail() {
		return this.email;
	}

	String getKshCode() {
		return this.kshCode;
	}

	Status getStatus() {
		return this.status;
	}

	Instant getRequestedAt() {
		return this.requestedAt;
	}

	Instant getDecidedAt() {
		return this.decidedAt;
	}

	boolean isApproved() {
		return this.status == Status.APPROVED;
	}

}
