package hu.gyakorlattar.mail;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import hu.gyakorlattar.shared.HungarianFormats;

/**
 * The test mail ({@code templates/mail/test/hello}) that the outbox tests queue: a
 * greeting and a date.
 */
final class TestMails {

	static final Instant CONFERENCE_START = Instant.parse("2021-06-22T08:00:00Z");

	private TestMails() {
	}

	static OutgoingMail hello(String recipient, String name) {
		return hello(recipient, name, HungarianFormats.HUNGARIAN);
	}

	static OutgoingMail hello(String recipient, String name, Locale locale) {
		return new OutgoingMail(recipient, locale, "test/hello", Map.of("name", name, "when", CONFERENCE_START));
	}

}
