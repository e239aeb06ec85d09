package hu.gyakorlattar.programme;

import java.util.List;
import java.util.Locale;

import hu.gyakorlattar.shared.Bilingual;

/**
 * A programme year as other modules read it: its title and summary, its themes in their
 * order, and the organisations of its steering committee in theirs.
 */
public record CycleView(int year, Bilingual title, Bilingual summary, List<ThemeView> themes,
		List<Bilingual> committee) {

	public String title(Locale locale) {
		return this.title.in(locale);
	}

}
