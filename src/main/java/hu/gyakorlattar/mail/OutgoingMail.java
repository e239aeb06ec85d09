package hu.gyakorlattar.mail;

import java.util.Locale;
import java.util.Map;

/**
 * A message to send: who gets it, in which language, and which template renders it with
 * which values. The template {@code account/password-reset} is
 * {@code templates/mail/account/password-reset.html} (its {@code <title>} is the subject)
 * and {@code templates/mail/account/password-reset.txt} (the plain-text part).
 */
public record OutgoingMail(String recipient, Locale locale, String template, Map<String, Object> model) {

	public OutgoingMail {
		model = Map.copyOf(model);
	}

}
