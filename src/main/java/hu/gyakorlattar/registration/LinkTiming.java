package hu.gyakorlattar.registration;

import java.time.Instant;
import java.time.LocalDate;

import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.shared.HungarianFormats;

/**
 * Where a registrant stands between the day-before send and the conference, so that the
 * confirmation page, the mails and the personal page say the same about the join link: it
 * comes at the send time ({@link #COMING}), or it is out already (a late registrant gets
 * it at once, the office may resend it) and the conference is tomorrow, today, or its
 * virtual room is open now. Judged in Budapest time at the moment the page or the mail is
 * made.
 */
enum LinkTiming {

	/** The day-before send is still ahead: the link comes then. */
	COMING,

	/** The link is out, and the conference is later than tomorrow (a resend). */
	LATER,

	TOMORROW,

	/** The conference is today, and its room is not open yet. */
	TODAY,

	/** The room is open (from the technical help on). */
	OPEN;

	/** Where a registrant stands whose link goes out at {@code linkAt}. */
	static LinkTiming of(ConferenceView conference, Instant linkAt, Instant now) {
		return now.isBefore(linkAt) ? COMING : ofConference(conference, now);
	}

	/** What a mail that carries the link says of the conference's time. */
	static LinkTiming ofConference(ConferenceView conference, Instant now) {
		if (!now.isBefore(conference.techHelpFrom())) {
			return OPEN;
		}
		LocalDate today = LocalDate.ofInstant(now, HungarianFormats.BUDAPEST);
		if (conference.day().equals(today)) {
			return TODAY;
		}
		return conference.day().equals(today.plusDays(1)) ? TOMORROW : LATER;
	}

}
