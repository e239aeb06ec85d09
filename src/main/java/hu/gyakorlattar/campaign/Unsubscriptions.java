package hu.gyakorlattar.campaign;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A recipient asks for no more invitations through the link in their letter: the address
 * behind the link's token is recorded once, and {@link AddressingCampaigns} leaves it out
 * of every later campaign.
 */
@Service
@Transactional
class Unsubscriptions {

	private final InvitationRecipientRepository recipients;

	private final UnsubscriptionRepository unsubscribed;

	private final Clock clock;

	Unsubscriptions(InvitationRecipientRepository recipients, UnsubscriptionRepository unsubscribed, Clock clock) {
		this.recipients = recipients;
		this.unsubscribed = unsubscribed;
		this.clock = clock;
	}

	/** The address an unsubscribe link stands for, if the token is real. */
	@Transactional(readOnly = true)
	Optional<String> unsubscribeAddress(String token) {
		return recipient(token).map(InvitationRecipient::getEmail);
	}

	@Transactional(readOnly = true)
	boolean isUnsubscribed(String email) {
		return this.unsubscribed.existsById(email);
	}

	/** Unsubscribes the address behind the token; answers whether the token was real. */
	boolean unsubscribe(String token) {
		Optional<InvitationRecipient> recipient = recipient(token);
		recipient.ifPresent(
				(found) -> this.unsubscribed.record(found.getEmail(), found.getCampaignId(), this.clock.instant()));
		return recipient.isPresent();
	}

	private Optional<InvitationRecipient> recipient(String token) {
		if (token == null || !token.matches("[A-Za-z0-9_-]{20,64}")) {
			return Optional.empty();
		}
		// An erased address's link stands for no one any more.
		return this.recipients.findByUnsubscribeToken(token).filter((found) -> found.getEmail() != null);
	}

}
