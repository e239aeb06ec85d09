package hu.gyakorlattar.conference;

import org.jspecify.annotations.Nullable;

/** Optional text fields: stored trimmed, never null. */
final class Text {

	private Text() {
	}

	static String orEmpty(@Nullable String text) {
		return (text != null) ? text.strip() : "";
	}

	static @Nullable String orNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
