package hu.gyakorlattar.municipality;

import org.jspecify.annotations.Nullable;

/**
 * One settlement as a gazetteer file states it, already cleaned: no stray spaces, the
 * status normalised, the KSH code five digits. {@code row} is the spreadsheet row it came
 * from, for error messages.
 */
record GazetteerEntry(int row, String kshCode, String name, LegalStatus status, @Nullable String county,
		@Nullable String districtCode, @Nullable String districtName, int population, int areaHectares) {

}
