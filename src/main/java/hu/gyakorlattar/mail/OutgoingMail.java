package hu.gyakorlattar.mail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A message to send: who gets it, in which language, and which template renders it with
 * which values. The template {@code account/password-reset} is
 * {@code templates/mail/account/password-reset.html} (its {@code <title>} is the subject)
 * and {@code templates/mail/account/password-reset.txt} (the plain-text part). Extra
 * headers (e.g. {@code List-Unsubscribe}) and attachments (e.g. a calendar entry) travel
 * with the message through the outbox. A {@link #timeCritical()} mail goes before the
 * others when a backlog drains, e.g. after the SMTP relay was down. The
 * {@link #personal()} values of the model are those that differ from one recipient to the
 * next.
 */
public record OutgoingMail(String recipient, Locale locale, String template, Map<String, Object> model,
		Map<String, String> headers, List<Attachment> attachments, boolean timeCritical, Set<String> personal) {

	public OutgoingMail {
		model = Map.copyOf(model);
		headers = Map.copyOf(headers);
		attachments = List.copyOf(attachments);
		personal = Set.copyOf(personal);
	}

	public OutgoingMail(String recipient, Locale locale, String template, Map<String, Object> model) {
		this(recipient, locale, template, model, Map.of(), List.of(), false, Set.of());
	}

	public OutgoingMail withHeader(String name, String value) {
		Map<String, String> more = new LinkedHashMap<>(this.headers);
		more.put(name, value);
		return new OutgoingMail(this.recipient, this.locale, this.template, this.model, more, this.attachments,
				this.timeCritical, this.personal);
	}

	public OutgoingMail withAttachment(Attachment attachment) {
		List<Attachment> more = new ArrayList<>(this.attachments);
		more.add(attachment);
		return new OutgoingMail(this.recipient, this.locale, this.template, this.model, this.headers, more,
				this.timeCritical, this.personal);
	}

	/**
	 * The same mail, marked as one that is worthless if late (a day-before access link, a
	 * reminder): the sender takes it before the others that are due.
	 */
	public OutgoingMail asTimeCritical() {
		return new OutgoingMail(this.recipient, this.locale, this.template, this.model, this.headers, this.attachments,
				true, this.personal);
	}

	/**
	 * The same mail, naming the text values of its model that differ from one recipient
	 * to the next (a name, a personal link). Its templates only write them (or ask
	 * whether they are there), never transform them, so the outbox renders the rest once
	 * for all the mails that share it and writes each recipient's values into that.
	 */
	public OutgoingMail withPersonal(String... names) {
		return new OutgoingMail(this.recipient, this.locale, this.template, this.model, this.headers, this.attachments,
				this.timeCritical, Set.of(names));
	}

	/**
	 * A file sent with the message. {@code contentType} may carry parameters, e.g.
	 * {@code text/calendar; charset=UTF-8; method=REQUEST}.
	 */
	public record Attachment(String filename, String contentType, byte[] content) {

	}

}
