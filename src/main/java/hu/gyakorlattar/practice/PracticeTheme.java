package hu.gyakorlattar.practice;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import hu.gyakorlattar.programme.Theme;

/** A theme of the practice's cycle, its names kept for the index and the facets. */
@Embeddable
class PracticeTheme {

	@Column(name = "theme_id")
	private long themeId;

	private String nameHu;

	private String nameEn;

	protected PracticeTheme() {
	}

	PracticeTheme(Theme theme) {
		this.themeId = theme.getId();
		this.nameHu = theme.getNameHu();
		this.nameEn = theme.name(Locale.ENGLISH);
	}

	public long getThemeId() {
		return this.themeId;
	}

	public String getNameHu() {
		return this.nameHu;
	}

	public String name(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? this.nameEn : this.nameHu;
	}

}
