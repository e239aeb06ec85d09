package hu.gyakorlattar.registration;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.HungarianWorkingDays;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How registrations behave: when the access link goes out on the working day before
 * (local time in Budapest), the reminders' offsets before the start, how often and in
 * what batches the scheduled mails are looked for, the privacy notice version a
 * registrant acknowledges, how long personal data is kept after the conference, the
 * public form's rate limits, and how long an unconfirmed registration waits for its
 * confirmation before it is deleted, how long after the end the follow-up mail goes out,
 * the longest wait before Zoom is asked again for a seat, and how many registrations an
 * instance works on at once (as many may wait) and how long one waits for its turn
 * ({@link RegistrationCapacity}).
 */
@ConfigurationProperties("gyakorlattar.registration")
record RegistrationProperties(@DefaultValue("10:00") LocalTime linkSendTime,
		@DefaultValue("PT1H") List<Duration> reminderOffsets, @DefaultValue("PT30S") Duration pollInterval,
		@DefaultValue("20") int batchSize, @DefaultValue("1") String privacyNoticeVersion,
		@DefaultValue("P365D") Duration retention, @DefaultValue("20") int perAddressPerMinute,
		@DefaultValue("5") int perEmailPerHour, @DefaultValue("P7D") Duration confirmationValidFor,
		@DefaultValue("PT2H") Duration followUpDelay, @DefaultValue("PT10M") Duration seatRetryInterval,
		@DefaultValue("32") int concurrency, @DefaultValue("PT1S") Duration queueWait) {

	/**
	 * When the conference's access link goes out: the send time on the last working day
	 * before it, the day a new conference's registration closes, so that a Monday's link
	 * reaches the offices on Friday rather than on a Sunday.
	 */
	Instant linkSendAt(ConferenceView conference) {
		return HungarianWorkingDays.lastBefore(conference.day())
			.atTime(this.linkSendTime)
			.atZone(HungarianFormats.BUDAPEST)
			.toInstant();
	}

}
