package hu.gyakorlattar.municipality;

import java.util.List;

/**
 * One row of an uploaded table (spreadsheet or CSV) as cleaned texts: no stray or
 * non-breaking spaces, numbers written plainly ("13223", not "13223.0"). {@code number}
 * is the row number a spreadsheet program shows, so error messages point at the right
 * line.
 */
record SheetRow(int number, List<String> cells) {

	String cell(int index) {
		return (index >= 0 && index < this.cells.size()) ? this.cells.get(index) : "";
	}

	boolean isBlank() {
		return this.cells.stream().allMatch(String::isEmpty);
	}

	/**
	 * Collapses every kind of white space, including the non-breaking ones Excel keeps.
	 */
	static String clean(String text) {
		if (text == null) {
			return "";
		}
		return text.replaceAll("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+", " ").strip();
	}

}
