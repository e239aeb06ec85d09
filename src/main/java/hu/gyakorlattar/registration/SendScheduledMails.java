package hu.gyakorlattar.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.shared.DueBatches;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the day-before access links, the reminders and the follow-ups that are due:
 * claims a small batch of due rows ({@code FOR UPDATE SKIP LOCKED}), queues each mail in
 * the outbox and marks the row sent, and commits, batch after batch. A crash rolls back
 * the batch in hand, queued mails and marks together, so nothing is lost and nothing goes
 * twice; other instances skip the rows this one holds.
 */
@Component
class SendScheduledMails {

	private static final Logger log = LoggerFactory.getLogger(SendScheduledMails.class);

	private final ScheduledMailRepository mails;

	private final ConferenceManagement conferences;

	private final RegistrationMails registrationMails;

	private final TransactionTemplate transaction;

	private final RegistrationProperties properties;

	private final Clock clock;

	SendScheduledMails(ScheduledMailRepository mails, ConferenceManagement conferences,
			RegistrationMails registrationMails, TransactionTemplate transaction, RegistrationProperties properties,
			Clock clock) {
		this.mails = mails;
		this.conferences = conferences;
		this.registrationMails = registrationMails;
		this.transaction = transaction;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${gyakorlattar.registration.poll-interval:PT30S}",
			initialDelayString = "${gyakorlattar.registration.poll-interval:PT30S}")
	void sendDue() {
		int handled = DueBatches.drain(this.transaction, this::sendBatch);
		if (handled > 0) {
			log.info("Queued {} day-before link, reminder and follow-up mail(s)", handled);
		}
	}

	/** One batch in one transaction; answers how many rows it handled. */
	private int sendBatch() {
		Instant now = this.clock.instant();
		List<ScheduledMail> due = this.mails.claimDue(now, this.properties.batchSize());
		if (due.isEmpty()) {
			return 0;
		}
		// Read into the persistence context, where each mail's registration is then found
		this.mails.withRegistrations(due);
		Map<Long, Optional<ConferenceView>> conferences = new HashMap<>();
		for (ScheduledMail mail : due) {
			Registration registration = mail.getRegistration();
			Optional<ConferenceView> conference = conferences.computeIfAbsent(registration.getConferenceId(),
					this.conferences::find);
			if (conference.isEmpty() || !wanted(mail, registration, conference.get(), now)) {
				mail.skipped(now);
				continue;
			}
			if (mail.getKind() == ScheduledMail.Kind.DAY_BEFORE_LINK) {
				this.registrationMails.send(RegistrationMails.Template.DAY_BEFORE_LINK, registration, conference.get());
				registration.joinLinkSent(now);
			}
			else if (mail.getKind() == ScheduledMail.Kind.FOLLOW_UP) {
				this.registrationMails.send((registration.getStatus() == RegistrationStatus.ATTENDED)
						? RegistrationMails.Template.FOLLOW_UP_ATTENDED : RegistrationMails.Template.FOLLOW_UP_MISSED,
						registration, conference.get());
			}
			else {
				this.registrationMails.send(RegistrationMails.Template.REMINDER, registration, conference.get());
			}
			mail.sent(now);
		}
		return due.size();
	}

	/**
	 * Only a registrant who holds a place gets them; a reminder after the start, or a
	 * link after the end, helps nobody; the follow-up only makes sense once it is over.
	 */
	private static boolean wanted(ScheduledMail mail, Registration registration, ConferenceView conference,
			Instant now) {
		if (!registration.getStatus().holdsPlace() || registration.getAnonymisedAt() != null) {
			return false;
		}
		if (mail.getKind() == ScheduledMail.Kind.FOLLOW_UP) {
			return conference.over(now);
		}
		if (conference.over(now)) {
			return false;
		}
		return mail.getKind() != ScheduledMail.Kind.REMINDER || now.isBefore(conference.startsAt());
	}

}
