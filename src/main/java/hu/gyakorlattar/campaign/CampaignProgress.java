package hu.gyakorlattar.campaign;

import java.util.Map;

import hu.gyakorlattar.mail.MailOutbox;
import hu.gyakorlattar.mail.OutboxMessage;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * How a sent campaign goes: how many recipients still wait for the worker, how their
 * mails stand in the outbox, how many unsubscribed, and how many registered through its
 * link.
 */
@Service
@Transactional(readOnly = true)
class CampaignProgress {

	private final InvitationCampaignRepository campaigns;

	private final InvitationRecipientRepository recipients;

	private final UnsubscriptionRepository unsubscribed;

	private final MailOutbox outbox;

	private final ObjectProvider<CampaignResponses> responses;

	CampaignProgress(InvitationCampaignRepository campaigns, InvitationRecipientRepository recipients,
			UnsubscriptionRepository unsubscribed, MailOutbox outbox, ObjectProvider<CampaignResponses> responses) {
		this.campaigns = campaigns;
		this.recipients = recipients;
		this.unsubscribed = unsubscribed;
		this.outbox = outbox;
		this.responses = responses;
	}

	CampaignStatistics statistics(long id) {
		InvitationCampaign campaign = this.campaigns.findById(id).orElseThrow(NotFound::new);
		Map<OutboxMessage.Status, Long> statuses = this.outbox
			.countByStatus(this.recipients.findOutboxIdsByCampaignId(campaign.getId()));
		CampaignResponses counter = this.responses.getIfAvailable();
		return new CampaignStatistics(campaign.getRecipientCount(),
				this.recipients.countByCampaignIdAndStatus(campaign.getId(), InvitationRecipient.Status.PENDING),
				statuses.get(OutboxMessage.Status.QUEUED), statuses.get(OutboxMessage.Status.SENT),
				statuses.get(OutboxMessage.Status.FAILED), this.unsubscribed.countByCampaignId(campaign.getId()),
				(counter != null) ? counter.registrationsFrom(campaign.getId()) : null);
	}

	/**
	 * @param pending recipients whose mail the worker has not yet put in the outbox
	 * @param queued mails in the outbox waiting for the SMTP server
	 * @param registrations registrations that came through the campaign's link, or
	 * {@code null} when no module counts them
	 */
	record CampaignStatistics(long recipients, long pending, long queued, long sent, long failed, long unsubscribed,
			@Nullable Long registrations) {

		/** Whether anything still waits, to the worker or to the SMTP server. */
		boolean waiting() {
			return this.pending > 0 || this.queued > 0;
		}

	}

}
