package hu.gyakorlattar.shared;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.util.StringUtils;

/**
 * A person's name as Hungarians write it: prefix, family name, given name ("Dr. Zongor
 * Gábor").
 */
public record PersonName(String prefix, String familyName, String givenName) {

	/**
	 * What alphabetical order passes over at the start of a family name: "dr.", "prof.",
	 * "id.", "ifj.", "özv.", which people also type into the family name where a form has
	 * no field for them.
	 */
	private static final Pattern TITLES = Pattern.compile("^(?:(?:dr|prof|id|ifj|özv)\\.\\s*)+",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * Hungarian alphabetical order of people: by family name, then given name; the prefix
	 * counts last, so "dr. Kovács Éva" stands among the K's, also when the "dr." was
	 * written into the family name.
	 */
	public static Comparator<PersonName> hungarianOrder() {
		Collator collator = HungarianFormats.collator();
		return Comparator
			.comparing((PersonName name) -> TITLES.matcher(text(name.familyName())).replaceFirst(""), collator)
			.thenComparing((name) -> text(name.givenName()), collator)
			.thenComparing((name) -> text(name.prefix()), collator);
	}

	/**
	 * The name as a reader of this language writes it: in Hungarian family name first
	 * after the prefix ("dr. Kovács Éva"), in other languages given name first after the
	 * capitalised prefix ("Dr. Éva Kovács").
	 */
	public String in(Locale locale) {
		if ("hu".equals(locale.getLanguage())) {
			return toString();
		}
		return new PersonName(StringUtils.capitalize(text(this.prefix)), this.givenName, this.familyName).toString();
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
