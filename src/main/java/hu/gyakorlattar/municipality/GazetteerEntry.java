package hu.gyakorlattar.municipality;

/**
 * One settlement as a gazetteer file states it, already cleaned: no stray spaces, the
 * status normalised, the KSH code five digits. {@code row} is the spreadsheet row it came
 * from, for error messages.
 */
record GazetteerEntry(int row, String kshCode, String name, LegalStatus status, String county, String districtCode,
		String districtName, int population, int areaHectares) {

}
