package hu.gyakorlattar.contactrequest;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import hu.gyakorlattar.shared.SiteAddress;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import hu.gyakorlattar.mail.MailOutbox;
import hu.gyakorlattar.mail.OutgoingMail;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.practice.PracticeContact;
import hu.gyakorlattar.practice.PublishedPractice;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.InvalidInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A visitor writes to a practice's owner. The owner gets the message in Hungarian with
 * the visitor as its Reply-To, so that answering reaches the visitor and the owner's
 * address stays unknown until they answer; the visitor gets a confirmation in their
 * language, naming the practice by its title in that language where it has one, that does
 * not repeat the message (the form would otherwise mail anyone's address any text). Both
 * mails are queued in one transaction, and the outbox forgets them once they went out:
 * nothing of the request is kept.
 */
@Service
@Transactional
class RequestingContact {

	private final MunicipalityDirectory directory;

	private final ContactRequestLimits limits;

	private final MailOutbox outbox;

	private final String baseUrl;

	RequestingContact(MunicipalityDirectory directory, ContactRequestLimits limits, MailOutbox outbox,
			SiteAddress site) {
		this.directory = directory;
		this.limits = limits;
		this.outbox = outbox;
		this.baseUrl = site.baseUrl();
	}

	/**
	 * Forwards the request to the contact, unless the visitor's address asked too often
	 * (then nothing is sent, and the visitor is told the same).
	 * @throws InvalidInput on the municipality field when it names no municipality of the
	 * gazetteer, or several; on the e-mail field for an address no mail client takes
	 * @throws TooManyRequests when the client sent too many requests
	 */
	void request(PublishedPractice practice, PracticeContact contact, ContactRequestForm form, String client,
			Locale locale) {
		MunicipalitySummary municipality = this.directory.resolve(form.municipality(), "municipality",
				"contactRequest.municipality");
		InternetAddress replyTo = replyTo(form.name().strip(), form.email().strip());
		if (!this.limits.admitsClient(client)) {
			throw new TooManyRequests();
		}
		if (!this.limits.admitsEmail(replyTo.getAddress())) {
			return;
		}
		String practiceUrl = this.baseUrl + "/gyakorlatok/" + practice.slug();
		this.outbox
			.queueWithoutKeeping(new OutgoingMail(contact.email(), HungarianFormats.HUNGARIAN, "contactrequest/request",
					Map.of("contactName", contact.name(), "name", form.name().strip(), "municipality",
							municipality.name(), "email", replyTo.getAddress(), "message", form.message().strip(),
							"lines", form.message().strip().lines().toList(), "practiceTitle", practice.title(),
							"practiceUrl", practiceUrl))
				.withHeader("Reply-To", replyTo.toString()));
		this.outbox.queueWithoutKeeping(new OutgoingMail(replyTo.getAddress(), locale, "contactrequest/confirmation",
				Map.of("name", form.name().strip(), "practiceTitle", practice.bilingualTitle().in(locale),
						"practiceUrl", practiceUrl)));
	}

	/**
	 * The visitor as a mail client writes them, the name encoded in UTF-8; the address
	 * parsed strictly, so that nothing but an address reaches the header.
	 */
	private static InternetAddress replyTo(String name, String email) {
		try {
			InternetAddress address = new InternetAddress(email, true);
			return new InternetAddress(address.getAddress(), name, StandardCharsets.UTF_8.name());
		}
		catch (AddressException | UnsupportedEncodingException ex) {
			throw new InvalidInput("email", "contactRequest.email.invalid");
		}
	}

	/** The client sent more requests than the limit allows. */
	static class TooManyRequests extends RuntimeException {

		TooManyRequests() {
			super("Too many contact requests from one client");
		}

	}

}
