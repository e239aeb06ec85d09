package hu.gyakorlattar.campaign;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import hu.gyakorlattar.campaign.PracticesThatFit.FittingPractice;
import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.mail.MailOutbox;
import hu.gyakorlattar.shared.DueBatches;
import hu.gyakorlattar.shared.SiteAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The background half of sending a campaign: the office's request only records the
 * recipients as pending ({@link AddressingCampaigns#send}); this worker claims a batch of
 * them ({@code FOR UPDATE SKIP LOCKED}), renders and queues each one's mail in the outbox
 * and marks the row queued, and commits, batch after batch. Each batch is one short
 * transaction with no network in it (the outbox sender talks to SMTP later, on its own).
 * A crash rolls back the batch in hand, outbox rows and marks together, and the next poll
 * (of any instance) takes those rows again; rows another instance holds are skipped. So a
 * send survives a restart, runs once across instances, and reaches nobody twice. Once no
 * pending row is left the campaign is marked sent. The send's own instance starts as soon
 * as the send commits ({@link #startAfterCommit}); the poll is what picks up a send whose
 * instance stopped.
 */
@Component
class SendingInvitations {

	/** Recipients per transaction: rendering one letter takes a few milliseconds. */
	static final int BATCH = 100;

	private static final Logger log = LoggerFactory.getLogger(SendingInvitations.class);

	private final InvitationRecipientRepository recipients;

	private final InvitationCampaignRepository campaigns;

	private final ConferenceManagement conferences;

	private final MailOutbox outbox;

	private final PracticesInLetter practices;

	private final TransactionTemplate transaction;

	private final TaskScheduler scheduler;

	private final Clock clock;

	private final String baseUrl;

	SendingInvitations(InvitationRecipientRepository recipients, InvitationCampaignRepository campaigns,
			ConferenceManagement conferences, MailOutbox outbox, PracticesInLetter practices,
			TransactionTemplate transaction, TaskScheduler scheduler, Clock clock, SiteAddress site) {
		this.recipients = recipients;
		this.campaigns = campaigns;
		this.conferences = conferences;
		this.outbox = outbox;
		this.practices = practices;
		this.transaction = transaction;
		this.scheduler = scheduler;
		this.clock = clock;
		this.baseUrl = site.baseUrl();
	}

	/**
	 * Starts queueing once the caller's transaction (the send) has committed, on a thread
	 * of its own, rather than at the next poll: up to a poll interval (5 s) sooner, and
	 * the office's request does not wait for it.
	 */
	void startAfterCommit() {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				SendingInvitations.this.scheduler.schedule(SendingInvitations.this::sendPending,
						SendingInvitations.this.clock.instant());
			}
		});
	}

	@Scheduled(fixedDelayString = "${gyakorlattar.mail.poll-interval:PT5S}", initialDelayString = "PT1S")
	void sendPending() {
		int queued = DueBatches.drain(this.transaction, this::queueBatch);
		Integer finished = this.transaction.execute((status) -> this.campaigns.finishSending(this.clock.instant()));
		if (queued > 0 || (finished != null && finished > 0)) {
			log.info("Queued {} invitation(s); {} campaign(s) finished", queued, finished);
		}
	}

	/**
	 * Queues the mails of one batch of pending recipients in the caller's transaction;
	 * answers how many rows it handled.
	 */
	int queueBatch() {
		List<InvitationRecipient> claimed = this.recipients.claimPending(BATCH);
		Instant now = this.clock.instant();
		Map<Long, Optional<InvitationCampaign>> campaigns = new HashMap<>();
		Map<Long, Optional<ConferenceView>> conferences = new HashMap<>();
		Map<Long, Map<String, List<FittingPractice>>> fitting = new HashMap<>();
		for (InvitationRecipient recipient : claimed) {
			Optional<InvitationCampaign> campaign = campaigns.computeIfAbsent(recipient.getCampaignId(),
					this.campaigns::findById);
			Optional<ConferenceView> conference = campaign
				.flatMap((found) -> conferences.computeIfAbsent(found.getConferenceId(), this.conferences::find));
			if (conference.isEmpty() || recipient.getAddress() == null) {
				// The conference was removed, or the address erased, after the office
				// sent.
				recipient.skipped(now);
				continue;
			}
			List<FittingPractice> fits = fitting
				.computeIfAbsent(recipient.getCampaignId(),
						(id) -> this.practices.forRecipients(campaign.get(), kshCodesOf(claimed, id)))
				.getOrDefault(recipient.getKshCode(), List.of());
			long outboxId = this.outbox
				.queue(InvitationLetter.mail(campaign.get(), conference.get(), recipient.getAddress(),
						recipient.getSalutationKey(), this.baseUrl, recipient.getUnsubscribeToken(), fits));
			recipient.queued(outboxId, now);
		}
		return claimed.size();
	}

	/** The municipalities of the batch's recipients of one campaign, ranked together. */
	private static List<String> kshCodesOf(List<InvitationRecipient> batch, long campaignId) {
		return batch.stream()
			.filter((recipient) -> recipient.getCampaignId() == campaignId)
			.map(InvitationRecipient::getKshCode)
			.toList();
	}

}
