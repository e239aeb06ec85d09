package hu.gyakorlattar.mail;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One address a campaign went to, with the outbox message that carries it and the
 * unguessable token of its unsubscribe link.
 */
@Entity
@Table(name = "invitation_recipient")
class InvitationRecipient {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long campaignId;

	private String email;

	private String kshCode;

	private long outboxId;

	private String unsubscribeToken;

	protected InvitationRecipient() {
	}

	InvitationRecipient(long campaignId, String email, String kshCode, long outboxId, String unsubscribeToken) {
		this.campaignId = campaignId;
		this.email = email;
		this.kshCode = kshCode;
		this.outboxId = outboxId;
		this.unsubscribeToken = unsubscribeToken;
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

	long getOutboxId() {
		return this.outboxId;
	}

	String getUnsubscribeToken() {
		return this.unsubscribeToken;
	}

}
