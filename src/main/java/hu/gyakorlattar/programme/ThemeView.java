package hu.gyakorlattar.programme;

import java.util.Locale;

import hu.gyakorlattar.shared.Bilingual;

/**
 * A theme of a programme year as other modules read it; {@code position} is its place in
 * the year's list, {@code prizeSponsor} empty when no organisation gives its prize.
 */
public record ThemeView(Long id, int position, Bilingual name, Bilingual description, Bilingual prizeSponsor) {

	public String name(Locale locale) {
		return this.name.in(locale);
	}

}
