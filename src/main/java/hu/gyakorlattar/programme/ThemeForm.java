package hu.gyakorlattar.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import hu.gyakorlattar.shared.SingleLine;

/** What an admin types to add or edit a theme. */
record ThemeForm(@NotBlank @Size(max = 300) @SingleLine String nameHu, @Size(max = 300) @SingleLine String nameEn,
		@Size(max = 5000) String descriptionHu, @Size(max = 5000) String descriptionEn,
		@Size(max = 300) @SingleLine String prizeSponsor, @Size(max = 300) @SingleLine String prizeSponsorEn) {

	static ThemeForm empty() {
		return new ThemeForm("", "", "", "", "", "");
	}

}
