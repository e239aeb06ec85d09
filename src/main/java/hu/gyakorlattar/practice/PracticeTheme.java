package hu.gyakorlattar.practice;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import hu.gyakorlattar.programme.ThemeView;
import hu.gyakorlattar.shared.Bilingual;

/** A theme of the practice's cycle, its names kept for the index and the facets. */
@Embeddable
class PracticeTheme {

	@Column(name = "theme_id")
	private long themeId;

	private String nameHu;

	private String nameEn;

	protected PracticeTheme() {
	}

	PracticeTheme(ThemeView theme) {
		this.themeId = theme.id();
		this.nameHu = theme.name().hu();
		this.nameEn = theme.name().en();
	}

	public long getThemeId() {
		return this.themeId;
	}

	public String getNameHu() {
		return this.nameHu;
	}

	/**
	 * The name for a reader of this language: the Hungarian one where there is no
	 * English.
	 */
	public String name(Locale locale) {
		return bilingualName().in(locale);
	}

	/**
	 * The names for a page ({@code gy:text}); the English one empty where there is none.
	 */
	Bilingual bilingualName() {
		return new Bilingual(this.nameHu, this.nameEn);
	}

	/**
	 * By theme: Hibernate finds a set's elements in its snapshot by equality, so without
	 * it every flush of a loaded practice rewrote its themes and raised its version (on
	 * OpenSearch an endless loop of outbox events).
	 */
	@Override
	public boolean equals(Object other) {
		return (other instanceof PracticeTheme theme) && theme.themeId == this.themeId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.themeId);
	}

}
