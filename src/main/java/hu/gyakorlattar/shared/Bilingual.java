package hu.gyakorlattar.shared;

import java.util.Locale;

/**
 * A content text in Hungarian and, optionally, in English. English readers get the
 * English version where there is one and the Hungarian one where there is none; then
 * {@link #lang(Locale)} says so, for the page to mark it {@code lang="hu"} (WCAG 3.1.2).
 * Templates show it with {@code gy:text} ({@link BilingualDialect}).
 */
public record Bilingual(String hu, String en) {

	public Bilingual {
		hu = (hu != null) ? hu.strip() : "";
		en = (en != null) ? en.strip() : "";
	}

	/** The version for a reader of this language. */
	public String in(Locale locale) {
		return (english(locale) && hasEnglish()) ? this.en : this.hu;
	}

	/**
	 * The language of {@link #in(Locale)} when it is not the reader's: "hu" for an
	 * English reader shown the Hungarian version, otherwise null.
	 */
	public String lang(Locale locale) {
		return (english(locale) && !hasEnglish() && !this.hu.isEmpty()) ? "hu" : null;
	}

	/** The language of {@link #in(Locale)}: "en" or "hu". */
	public String languageIn(Locale locale) {
		return (english(locale) && hasEnglish()) ? "en" : "hu";
	}

	public boolean hasEnglish() {
		return !this.en.isEmpty();
	}

	public boolean isEmpty() {
		return this.hu.isEmpty() && this.en.isEmpty();
	}

	static boolean english(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

}
