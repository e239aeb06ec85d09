package hu.gyakorlattar.programme;

import java.util.Locale;

import org.springframework.util.StringUtils;

/**
 * Texts kept in Hungarian and English: English readers get the English text where there
 * is one.
 */
final class Localized {

	private Localized() {
	}

	static String pick(Locale locale, String hungarian, String english) {
		if (locale != null && "en".equals(locale.getLanguage()) && StringUtils.hasText(english)) {
			return english;
		}
		return hungarian;
	}

	static String orEmpty(String text) {
		return (text != null) ? text.strip() : "";
	}

	static String orDefault(String text, String fallback) {
		return StringUtils.hasText(text) ? text.strip() : fallback;
	}

}
