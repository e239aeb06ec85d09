package hu.gyakorlattar.programme;

/** Optional texts of the programme's forms: stored trimmed, never null. */
final class Localized {

	private Localized() {
	}

	static String orEmpty(String text) {
		return (text != null) ? text.strip() : "";
	}

}
