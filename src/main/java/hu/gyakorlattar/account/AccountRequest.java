package hu.gyakorlattar.account;

import java.time.Instant;
import java.util.Locale;

import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.PersonName;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A municipality's clerk asks for an applicant account: who they are, their position, the
 * municipality they act for. The office decides once: approves it, or refuses it with a
 * reason the clerk is told.
 */
@Entity
@Table(name = "account_request")
class AccountRequest {

	enum Status {

		PENDING, APPROVED, REFUSED

	}

	static final int REASON_MAX = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String familyName;

	private String givenName;

	private String position;

	private String kshCode;

	private String locale;

	@Enumerated(EnumType.STRING)
	private Status status = Status.PENDING;

	private Instant requestedAt;

	private Instant decidedAt;

	private String decidedBy;

	private String refusalReason;

	protected AccountRequest() {
	}

	AccountRequest(String email, PersonName name, String position, String kshCode, Locale locale, Instant now) {
		this.email = Account.normalise(email);
		this.familyName = name.familyName().strip();
		this.givenName = name.givenName().strip();
		this.position = position.strip();
		this.kshCode = kshCode;
		this.locale = locale.toLanguageTag();
		this.requestedAt = now;
	}

	void approve(String admin, Instant now) {
		decide(Status.APPROVED, admin, now);
	}

	/** A refusal says why: the clerk reads the reason in the mail. */
	void refuse(String reason, String admin, Instant now) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput("reason", "account.request.reason.required");
		}
		if (reason.strip().length() > REASON_MAX) {
			throw new InvalidInput("reason", "account.request.reason.tooLong", REASON_MAX);
		}
		decide(Status.REFUSED, admin, now);
		this.refusalReason = reason.strip();
	}

	private void decide(Status status, String admin, Instant now) {
		if (this.status != Status.PENDING) {
			throw new InvalidInput(null, "account.request.decided");
		}
		this.status = status;
		this.decidedBy = admin;
		this.decidedAt = now;
	}

	Long getId() {
		return this.id;
	}

	String getEmail() {
		return this.email;
	}

	PersonName getName() {
		return new PersonName("", this.familyName, this.givenName);
	}

	String getPosition() {
		return this.position;
	}

	String getKshCode() {
		return this.kshCode;
	}

	Locale getLocale() {
		return Locale.forLanguageTag(this.locale);
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

	String getRefusalReason() {
		return this.refusalReason;
	}

}
