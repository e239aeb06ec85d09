package hu.gyakorlattar.campaign;

import hu.gyakorlattar.mail.RecipientForgotten;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An erased person's address leaves the campaigns' recipients in the erasure's own
 * transaction (a plain, synchronous listener on purpose): the rows keep the campaign's
 * count and the outbox message, their unsubscribe links stop resolving, and a row still
 * pending is skipped by {@link SendingInvitations} instead of mailing the erased person.
 * The unsubscriptions stay: they are what keeps the address out of later campaigns.
 */
@Component
class ForgettingErasedAddresses {

	private final InvitationRecipientRepository recipients;

	ForgettingErasedAddresses(InvitationRecipientRepository recipients) {
		this.recipients = recipients;
	}

	@EventListener
	void on(RecipientForgotten forgotten) {
		this.recipients.forgetAddress(forgotten.address());
	}

}
