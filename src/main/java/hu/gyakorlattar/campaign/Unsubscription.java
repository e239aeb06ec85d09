package hu.gyakorlattar.campaign;

import java.time.Instant;
import java.util.Locale;

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

	/** An address as unsubscriptions and recipients store it: trimmed, in lower case. */
	static String folded(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
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
