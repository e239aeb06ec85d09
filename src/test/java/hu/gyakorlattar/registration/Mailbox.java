package hu.gyakorlattar.registration;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;

/**
 * What arrived at the test SMTP server, as a registrant reads it: subject, plain text,
 * HTML, attachments, and the links in the text.
 */
final class Mailbox {

	private static final Pattern PERSONAL_LINK = Pattern.compile("https?://\\S+/regisztraciom/([A-Za-z0-9_-]+)");

	private static final Pattern JOIN_LINK = Pattern.compile("https?://\\S+/j/([A-Za-z0-9_-]+)");

	private final GreenMailExtension smtp;

	Mailbox(GreenMailExtension smtp) {
		this.smtp = smtp;
	}

	/** Waits until the address has at least {@code count} mails, and answers them all. */
	List<Mail> await(String recipient, int count) {
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> to(recipient).size() >= count);
		return to(recipient);
	}

	/** Waits for a mail whose subject contains the text. */
	Mail awaitSubject(String recipient, String subjectPart) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> to(recipient).stream().anyMatch((mail) -> mail.subject().contains(subjectPart)));
		return to(recipient).stream().filter((mail) -> mail.subject().contains(subjectPart)).findFirst().orElseThrow();
	}

	List<Mail> to(String recipient) {
		List<Mail> mails = new ArrayList<>();
		for (MimeMessage message : this.smtp.getReceivedMessages()) {
			try {
				Address[] to = message.getAllRecipients();
				if (to != null && Arrays.stream(to).anyMatch((address) -> address.toString().equals(recipient))) {
					mails.add(Mail.of(message));
				}
			}
			catch (MessagingException | IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return mails;
	}

	record Mail(String subject, String text, String html, Map<String, String> attachments) {

		static Mail of(MimeMessage message) throws MessagingException, IOException {
			Map<String, String> parts = new HashMap<>();
			Map<String, String> attachments = new HashMap<>();
			collect(message, parts, attachments);
			return new Mail(message.getSubject(), parts.getOrDefault("text/plain", ""),
					parts.getOrDefault("text/html", ""), attachments);
		}

		String personalToken() {
			Matcher link = PERSONAL_LINK.matcher(this.text);
			if (!link.find()) {
				throw new AssertionError("No personal link in:\n" + this.text);
			}
			return link.group(1);
		}

		String joinToken() {
			Matcher link = JOIN_LINK.matcher(this.text);
			if (!link.find()) {
				throw new AssertionError("No join link in:\n" + this.text);
			}
			return link.group(1);
		}

		/** The calendar entry with its folded lines unfolded (RFC 5545, 3.1). */
		String calendar() {
			String ics = this.attachments.get("konferencia.ics");
			return (ics != null) ? ics.replace("\r\n ", "").replace("\n ", "") : null;
		}

		private static void collect(Part part, Map<String, String> parts, Map<String, String> attachments)
				throws MessagingException, IOException {
			if (part.isMimeType("multipart/*")) {
				Multipart multipart = (Multipart) part.getContent();
				for (int i = 0; i < multipart.getCount(); i++) {
					collect(multipart.getBodyPart(i), parts, attachments);
				}
				return;
			}
			if (part.getFileName() != null) {
				attachments.put(part.getFileName(), new String(part.getInputStream().readAllBytes(), "UTF-8"));
			}
			else if (part.isMimeType("text/plain")) {
				parts.put("text/plain", (String) part.getContent());
			}
			else if (part.isMimeType("text/html")) {
				parts.put("text/html", (String) part.getContent());
			}
		}

	}

}
