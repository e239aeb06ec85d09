package hu.gyakorlattar.shared;

import java.text.Collator;
import java.util.Comparator;

import org.springframework.util.StringUtils;

/**
 * A person's name as Hungarians write it: prefix, family name, given name ("Dr. Zongor
 * Gábor").
 */
public record PersonName(String prefix, String familyName, String givenName) {

	/**
	 * Hungarian alphabetical order of people: by family name, then given name; the prefix
	 * counts last, so "dr. Kovács Éva" stands among the K's.
	 */
	public static Comparator<PersonName> hungarianOrder() {
		Collator collator = HungarianFormats.collator();
		return Comparator.comparing((PersonName name) -> text(name.familyName()), collator)
			.thenComparing((name) -> text(name.givenName()), collator)
			.thenComparing((name) -> text(name.prefix()), collator);
	}

	private static String text(String part) {
		return (part != null) ? part.strip() : "";
	}

	@Override
	public String toString() {
		StringBuilder name = new StringBuilder();
		for (String part : new String[] { this.prefix, this.familyName, this.givenName }) {
			if (StringUtils.hasText(part)) {
				name.append(name.isEmpty() ? "" : " ").append(part.strip());
			}
		}
		return name.toString();
	}

}
