package hu.gyakorlattar.registration;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import hu.gyakorlattar.conference.ConferenceView;

import org.springframework.stereotype.Component;

/**
 * Plans a confirmed registrant's time-based mails as rows: the access link on the day
 * before at the configured local time, and a reminder at each configured offset before
 * the start, and the follow-up at the configured delay after the end. Whoever is
 * confirmed after the link's send time gets the link at once, in the same transaction;
 * reminders whose time has passed are not planned.
 */
@Component
class ScheduledMails {

	private final ScheduledMailRepository mails;

	private final RegistrationMails registrationMails;

	private final RegistrationProperties properties;

	ScheduledMails(ScheduledMailRepository mails, RegistrationMails registrationMails,
			RegistrationProperties properties) {
		this.mails = mails;
		this.registrationMails = registrationMails;
		this.properties = properties;
	}

	/** What is due when, for this conference's time. */
	List<Due> dueTimes(ConferenceView conference) {
		List<Due> due = new ArrayList<>();
		Instant linkAt = this.properties.linkSendAt(conference);
		due.add(new Due(ScheduledMail.Kind.DAY_BEFORE_LINK, this.properties.linkSendTime().toString(), linkAt));
		for (Duration offset : this.properties.reminderOffsets()) {
			due.add(new Due(ScheduledMail.Kind.REMINDER, offset.toString(), conference.startsAt().minus(offset)));
		}
		due.add(new Due(ScheduledMail.Kind.FOLLOW_UP, this.properties.followUpDelay().toString(),
				conference.endsAt().plus(this.properties.followUpDelay())));
		return due;
	}

	/** A registrant has just got a place. */
	void plan(Registration registration, ConferenceView conference, Instant now) {
		for (Due due : dueTimes(conference)) {
			if (due.kind() == ScheduledMail.Kind.DAY_BEFORE_LINK && !due.at().isAfter(now)) {
				ScheduledMail mail = new ScheduledMail(registration, due.kind(), due.offsetSpec(), due.at());
				this.registrationMails.send(RegistrationMails.Template.DAY_BEFORE_LINK, registration, conference);
				registration.joinLinkSent(now);
				mail.sent(now);
				this.mails.save(mail);
			}
			else if (due.at().isAfter(now)) {
				this.mails.save(new ScheduledMail(registration, due.kind(), due.offsetSpec(), due.at()));
			}
		}
	}

	/**
	 * The conference moved: unsent mails get their new due time; a mail that was not
	 * planned because its time had passed is planned now if its new time is ahead.
	 */
	void replan(Registration registration, ConferenceView conference, Instant now) {
		List<ScheduledMail> existing = this.mails.findByRegistration(registration);
		for (Due due : dueTimes(conference)) {
			ScheduledMail mail = existing.stream()
				.filter((m) -> m.getKind() == due.kind() && m.getOffsetSpec().equals(due.offsetSpec()))
				.findFirst()
				.orElse(null);
			if (mail == null) {
				if (due.at().isAfter(now)) {
					this.mails.save(new ScheduledMail(registration, due.kind(), due.offsetSpec(), due.at()));
				}
			}
			else if (!mail.isSent()) {
				mail.dueAt(due.at());
			}
		}
	}

	void forget(Registration registration) {
		this.mails.deleteUnsent(registration);
	}

	record Due(ScheduledMail.Kind kind, String offsetSpec, Instant at) {

	}

}
