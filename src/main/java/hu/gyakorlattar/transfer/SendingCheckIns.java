package hu.gyakorlattar.transfer;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import hu.gyakorlattar.mail.MailOutbox;
import hu.gyakorlattar.mail.OutgoingMail;
import hu.gyakorlattar.practice.PracticeManagement;
import hu.gyakorlattar.practice.PublishedPractice;
import hu.gyakorlattar.shared.DueBatches;
import hu.gyakorlattar.shared.HungarianFormats;

import hu.gyakorlattar.shared.SiteAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the check-ins and their reminders that are due: claims a batch of due rows
 * ({@code FOR UPDATE SKIP LOCKED}), queues each mail in the outbox and marks the row in
 * the same transaction, batch after batch; nothing is lost and nothing goes twice,
 * whatever the number of instances. A stopped transfer, or one whose practice is no
 * longer published, is not asked.
 */
@Component
class SendingCheckIns {

	private static final Logger log = LoggerFactory.getLogger(SendingCheckIns.class);

	private static final int BATCH = 50;

	private final CheckInRepository checkIns;

	private final TransferRepository transfers;

	private final PracticeManagement practices;

	private final MailOutbox outbox;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final String baseUrl;

	SendingCheckIns(CheckInRepository checkIns, TransferRepository transfers, PracticeManagement practices,
			MailOutbox outbox, TransactionTemplate transaction, Clock clock, SiteAddress site) {
		this.checkIns = checkIns;
		this.transfers = transfers;
		this.practices = practices;
		this.outbox = outbox;
		this.transaction = transaction;
		this.clock = clock;
		this.baseUrl = site.baseUrl();
	}

	@Scheduled(fixedDelayString = "${gyakorlattar.transfer.check-in-poll-interval:PT15M}",
			initialDelayString = "${gyakorlattar.transfer.check-in-poll-interval:PT15M}")
	void sendDue() {
		sendDueAt(this.clock.instant());
	}

	/** Sends what is due at {@code now}; answers how many rows it handled. */
	int sendDueAt(Instant now) {
		int handled = DueBatches.drain(this.transaction, () -> sendBatch(now));
		if (handled > 0) {
			log.info("Handled {} transfer check-in(s)", handled);
		}
		return handled;
	}

	private int sendBatch(Instant now) {
		List<CheckIn> due = this.checkIns.claimDue(now, BATCH);
		for (CheckIn checkIn : due) {
			Transfer transfer = this.transfers.findById(checkIn.getTransferId()).orElseThrow();
			PublishedPractice practice = this.practices.publishedPractice(transfer.getPracticeId()).orElse(null);
			if (practice == null || transfer.getStatus() == TransferStatus.STOPPED) {
				checkIn.skip(now);
				continue;
			}
			boolean reminder = checkIn.isReminderDue(now);
			this.outbox
				.queue(new OutgoingMail(transfer.getContactEmail(), HungarianFormats.HUNGARIAN, "transfer/check-in",
						Map.of("practice", practice.title(), "municipality", transfer.getMunicipalityName(), "months",
								checkIn.getMonthsAfter(), "reminder", reminder, "name", transfer.getContactName(),
								"link", this.baseUrl + "/atvetel-beszamolo/" + checkIn.getToken())));
			if (reminder) {
				checkIn.reminded(now);
			}
			else {
				checkIn.sent(now);
			}
		}
		return due.size();
	}

}
