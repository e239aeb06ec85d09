package hu.gyakorlattar.conference;

/** Optional text fields: stored trimmed, never null. */
final class Text {

	private Text() {
	}

	static String orEmpty(String text) {
		return (text != null) ? text.strip() : "";
	}

	static String orNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
