package hu.gyakorlattar.mail;

import java.time.Duration;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How mail leaves: the sender address, where replies go, the programme office's contact
 * that every mail's footer gives, how often the sender looks for due messages, and how
 * long it waits for the SMTP relay.
 * <p>
 * {@code from} and {@code replyTo} are addresses as a mail client writes them,
 * {@code Gyakorlattár <noreply@example.hu>}; the display name may carry accents (it is
 * sent MIME-encoded in UTF-8). In {@code application.properties}, which Spring Boot reads
 * as ISO-8859-1, an accented letter must be written as a {@code \u00e1} escape; an
 * environment variable is taken as typed.
 *
 * @param replyTo where replies go, typically the programme office; none (replies go to
 * {@code from}) when empty
 * @param smtp how long to wait for the relay before giving up on it for this round
 * @param retention how long a sent or failed message is kept ({@link OutboxRetention})
 */
@ConfigurationProperties("gyakorlattar.mail")
record MailProperties(@DefaultValue("Gyakorlattár <noreply@gyakorlattar.local>") String from, @Nullable String replyTo,
		@DefaultValue Office office, @DefaultValue("PT5S") Duration pollInterval, @DefaultValue Smtp smtp,
		@DefaultValue("P730D") Duration retention) {

	MailProperties {
		// Refuses to start with an address no mail client would read.
		address("gyakorlattar.mail.from", from);
		if (replyTo != null && !replyTo.isBlank()) {
			address("gyakorlattar.mail.reply-to", replyTo);
		}
	}

	/** The bare address replies go to, as the footer shows it, or none. */
	@Nullable String replyToAddress() {
		return (this.replyTo != null && !this.replyTo.isBlank())
				? address("gyakorlattar.mail.reply-to", this.replyTo).getAddress() : null;
	}

	private static InternetAddress address(String property, String value) {
		try {
			return new InternetAddress(value, true);
		}
		catch (AddressException ex) {
			throw new IllegalArgumentException(property + " is not an e-mail address: " + value, ex);
		}
	}

	/**
	 * Timeouts for the SMTP relay, so that one that accepts and never answers cannot hold
	 * the sender: for the connection, for each answer, and for writing a message. A
	 * {@code spring.mail.properties.mail.smtp.*} timeout set explicitly wins.
	 */
	record Smtp(@DefaultValue("PT10S") Duration connectTimeout, @DefaultValue("PT30S") Duration readTimeout,
			@DefaultValue("PT30S") Duration writeTimeout) {
	}

	/**
	 * The programme office as every mail's footer names it. The defaults are placeholders
	 * for an office like TÖOSZ's, to be replaced with the real one's.
	 */
	record Office(@DefaultValue("1097 Budapest, Vaskapu utca 10–14.") String address,
			@DefaultValue("+36 1 234 5678") String phone) {
	}

}
