package hu.gyakorlattar.registration;

import hu.gyakorlattar.municipality.MunicipalitySummary;

import org.springframework.util.StringUtils;
import org.jspecify.annotations.Nullable;

/**
 * A registrant's data after the checks, as the use cases hand it to a
 * {@link Registration}: trimmed, no prefix as "", no organisation or phone as
 * {@code null}, the municipality resolved in the KSH directory (or {@code null} for a
 * guest of an organisation).
 */
record Registrant(String prefix, String familyName, String givenName, String email, String post,
		@Nullable MunicipalitySummary municipality, @Nullable String organisation, String phone, boolean listConsent,
		boolean followUpConsent) {

	Registrant {
		prefix = StringUtils.hasText(prefix) ? prefix.strip() : "";
		familyName = familyName.strip();
		givenName = givenName.strip();
		email = email.strip();
		post = post.strip();
		organisation = trimmedOrNull(organisation);
		phone = trimmedOrNull(phone);
	}

	private static String trimmedOrNull(String text) {
		return StringUtils.hasText(text) ? text.strip() : null;
	}

}
