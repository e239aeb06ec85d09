package hu.gyakorlattar.mail;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An address (lower case) that asked for no more invitations, and from which campaign.
 */
@Entity
@Table(name = "mail_unsubscribed")
class Unsubscription {

	@Id
	private String email;

	private Long campaignId;

	private Instant unsubscribedAt;

	protected Unsubscription() {
	}

	String getEmail() {
		return this.email;
	}

	Long getCampaignId() {
		return this.campaignId;
	}

	Instant getUnsubscribedAt() {
		return this.unsubscribedAt;
	}

}
