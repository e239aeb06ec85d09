package hu.gyakorlattar.practice;

import hu.gyakorlattar.shared.Bilingual;

/**
 * A published practice as other modules name it, e.g. in a choice of practices: the id
 * stays when the title (and so the slug) changes. {@code titleEn} is empty while the
 * practice has no English title.
 */
public record PracticeTitle(long id, String slug, String title, String titleEn) {

	/** The title for pages in either language ({@code gy:text}). */
	public Bilingual bilingualTitle() {
		return new Bilingual(this.title, this.titleEn);
	}

}
