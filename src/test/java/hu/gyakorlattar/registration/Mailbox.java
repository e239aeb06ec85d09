package hu.gyakorlattar.registration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import biweekly.ICalendar;
import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;

import hu.gyakorlattar.conference.CalendarFileCheck;

/**
 * What arrived at the test SMTP server, as a registrant reads it: subject, plain text,
 * HTML, attachments, and the links in the text.
 */
final class Mailbox {

	private static final Pattern PERSONAL_LINK = Pattern.compile("https?://\\S+/regisztraciom/([A-Za-z0-9_-]+)");

	private static final Pattern JOIN_LINK = Pattern.compile("https?://\\S+/j/([A-Za-z0-9_-]+)");

	private final GreenMailOperations smtp;

	Mailbox(GreenMailOperations smtp) {
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

	record Mail(String subject, String text, String html, Map<String, String> attachments, Map<String, byte[]> files,
			Map<String, String> fileTypes) {

		static Mail of(MimeMessage message) throws MessagingException, IOException {
			Map<String, String> parts = new HashMap<>();
			Map<String, byte[]> files = new HashMap<>();
			Map<String, String> types = new HashMap<>();
			collect(message, parts, files, types);
			Map<String, String> attachments = new HashMap<>();
			files.forEach((name, bytes) -> attachments.put(name, new String(bytes, StandardCharsets.UTF_8)));
			return new Mail(message.getSubject(), parts.getOrDefault("text/plain", ""),
					parts.getOrDefault("text/html", ""), attachments, files, types);
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

		/**
		 * The calendar entry, once it passed the class check of every .ics
		 * ({@link CalendarFileCheck#checkMailed}), with its folded lines unfolded (RFC
		 * 5545, 3.1).
		 */
		String calendar() {
			byte[] ics = this.files.get("konferencia.ics");
			if (ics == null) {
				return null;
			}
			CalendarFileCheck.checkMailed(this.fileTypes.get("konferencia.ics"), ics);
			return new String(ics, StandardCharsets.UTF_8).replace("\r\n ", "");
		}

		/** The calendar entry as the independent parser reads it, after the check. */
		ICalendar parsedCalendar() {
			return CalendarFileCheck.checkMailed(this.fileTypes.get("konferencia.ics"),
					this.files.get("konferencia.ics"));
		}

		private static void collect(Part part, Map<String, String> parts, Map<String, byte[]> files,
				Map<String, String> types) throws MessagingException, IOException {
			if (part.isMimeType("multipart/*")) {
				Multipart multipart = (Multipart) part.getContent();
				for (int i = 0; i < multipart.getCount(); i++) {
					collect(multipart.getBodyPart(i), parts, files, types);
				}
				return;
			}
			if (part.getFileName() != null) {
				files.put(part.getFileName(), part.getInputStream().readAllBytes());
				types.put(part.getFileName(), part.getContentType());
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
