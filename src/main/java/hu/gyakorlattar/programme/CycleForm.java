package hu.gyakorlattar.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import hu.gyakorlattar.shared.SingleLine;

/** What an admin types to create or describe a cycle. */
record CycleForm(@NotNull @Min(2000) @Max(2100) Integer year, @NotBlank @Size(max = 300) @SingleLine String titleHu,
		@Size(max = 300) @SingleLine String titleEn, @Size(max = 5000) String summaryHu,
		@Size(max = 5000) String summaryEn) {

	static CycleForm empty() {
		return new CycleForm(null, "", "", "", "");
	}

}
