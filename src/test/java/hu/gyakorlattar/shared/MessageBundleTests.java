package hu.gyakorlattar.shared;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two message bundles, which every module appends to: a key written twice silently
 * loses one text, and a key only one language has shows the other language's reader a raw
 * key or the wrong language.
 */
class MessageBundleTests {

	private static final Path RESOURCES = Path.of("src", "main", "resources");

	@ParameterizedTest
	@ValueSource(strings = { "messages_hu.properties", "messages_en.properties" })
	void everyKeyIsWrittenOnce(String bundle) throws IOException {
		List<String> keys = keys(bundle);
		Set<String> seen = new HashSet<>();
		List<String> repeated = new ArrayList<>();
		for (String key : keys) {
			if (!seen.add(key)) {
				repeated.add(key);
			}
		}
		assertThat(repeated).as("keys written more than once in " + bundle).isEmpty();
	}

	@Test
	void hungarianAndEnglishHaveTheSameKeys() throws IOException {
		Set<String> hungarian = new LinkedHashSet<>(keys("messages_hu.properties"));
		Set<String> english = new LinkedHashSet<>(keys("messages_en.properties"));
		assertThat(english).as("keys with a Hungarian text but no English one")
			.containsAll(hungarian)
			.as("keys with an English text but no Hungarian one")
			.hasSameSizeAs(hungarian);
	}

	/**
	 * A text with arguments is a {@link MessageFormat} pattern, read only when the page
	 * shows it: a broken one (a "#" inside a choice) fails that page alone.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "messages_hu.properties", "messages_en.properties" })
	void everyTextWithArgumentsIsAPatternTheFormatterReads(String bundle) throws IOException {
		Properties texts = new Properties();
		try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(bundle), StandardCharsets.UTF_8)) {
			texts.load(reader);
		}
		List<String> unreadable = new ArrayList<>();
		texts.forEach((key, text) -> {
			if (text.toString().matches("(?s).*\\{\\d.*")) {
				try {
					new MessageFormat(text.toString(), Locale.ENGLISH);
				}
				catch (IllegalArgumentException ex) {
					unreadable.add(key + ": " + ex.getMessage());
				}
			}
		});
		assertThat(unreadable).as("texts the formatter cannot read in " + bundle).isEmpty();
	}

	@Test
	void englishCountsAgreeWithTheirNumbers() {
		MessageSource messages = MessageBundles.withoutFallback();
		assertThat(messages.getMessage("registration.admin.total", new Object[] { 2, 1 }, Locale.ENGLISH))
			.isEqualTo("2 registrations in all; 1 municipality.");
		assertThat(messages.getMessage("registration.admin.total", new Object[] { 1, 1 }, Locale.ENGLISH))
			.isEqualTo("1 registration in all; 1 municipality.");
		assertThat(messages.getMessage("registration.admin.total", new Object[] { 1200, 35 }, Locale.ENGLISH))
			.isEqualTo("1,200 registrations in all; 35 different municipalities.");
		assertThat(messages.getMessage("questions.votes", new Object[] { 1 }, Locale.ENGLISH)).isEqualTo("1 vote");
		assertThat(messages.getMessage("questions.votes", new Object[] { 12 }, Locale.ENGLISH)).isEqualTo("12 votes");
	}

	private static List<String> keys(String bundle) throws IOException {
		return Files.readAllLines(RESOURCES.resolve(bundle), StandardCharsets.UTF_8)
			.stream()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("!"))
			.filter((line) -> line.contains("="))
			.map((line) -> line.substring(0, line.indexOf('=')).strip())
			.toList();
	}

}
