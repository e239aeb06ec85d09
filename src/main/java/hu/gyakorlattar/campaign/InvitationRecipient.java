package hu.gyakorlattar.campaign;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import hu.gyakorlattar.shared.RandomTokens;

/**
 * One address a campaign goes to, with the unguessable token of its unsubscribe link.
 * Recorded {@link Status#PENDING} when the office sends the campaign; the sending worker
 * writes its outbox message and marks it {@link Status#QUEUED} in one transaction, so a
 * row has a message exactly when it is queued, and never two.
 */
@Entity
@Table(name = "invitation_recipient")
class InvitationRecipient {

	enum Status {

		/** Waits for the worker. */
		PENDING,
		/** Its mail is in the outbox. */
		QUEUED,
		/**
		 * Nothing was queued: the address was erased or the conference removed meanwhile.
		 */
		SKIPPED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long campaignId;

	private String email;

	private String kshCode;

	private Long outboxId;

	private String unsubscribeToken;

	@Enumerated(EnumType.STRING)
	private Status status = Status.PENDING;

	/** The address as the contact list spells it, which the mail goes to. */
	private String address;

	private String salutationKey;

	private Instant queuedAt;

	protected InvitationRecipient() {
	}

	/** 43 URL-safe characters carrying 256 random bits: no one guesses another's link. */
	static String newUnsubscribeToken() {
		return RandomTokens.ofBytes(32);
	}

	void queued(long outboxId, Instant now) {
		this.outboxId = outboxId;
		this.status = Status.QUEUED;
		this.queuedAt = now;
	}

	void skipped(Instant now) {
		this.status = Status.SKIPPED;
		this.queuedAt = now;
	}

	Long getId() {
		return this.id;
	}

	long getCampaignId() {
		return this.campaignId;
	}

	String getEmail() {
		return this.email;
	}

	String getKshCode() {
		return this.kshCode;
	}

	Long getOutboxId() {
		return this.outboxId;
	}

	Status getStatus() {
		return this.status;
	}

	String getAddress() {
		return this.address;
	}

	String getSalutationKey() {
		return this.salutationKey;
	}

	String getUnsubscribeToken() {
		return this.unsubscribeToken;
	}

}
