package hu.gyakorlattar.account;

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

/**
 * A one-use link to set a password. Only the SHA-256 of the token is stored, so a leaked
 * database does not hand out working links.
 */
@Entity
@Table(name = "account_token")
class AccountToken {

	/** Why the link was sent; an invitation lives longer than a reset. */
	enum Purpose {

		INVITATION, PASSWORD_RESET

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "account_id")
	private Account account;

	private String tokenHash;

	@Enumerated(EnumType.STRING)
	private Purpose purpose;

	private Instant expiresAt;

	private Instant usedAt;

	private Instant createdAt;

	protected AccountToken() {
	}

	AccountToken(Account account, String tokenHash, Purpose purpose, Instant now, Instant expiresAt) {
		this.account = account;
		this.tokenHash = tokenHash;
		this.purpose = purpose;
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	boolean usableAt(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt) && this.account.isEnabled();
	}

	void use(Instant now) {
		this.usedAt = now;
	}

	Account getAccount() {
		return this.account;
	}

	Purpose getPurpose() {
		return this.purpose;
	}

}
