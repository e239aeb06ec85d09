package hu.gyakorlattar.shared;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form's error summary names each field it links (shared/forms.html,
 * {@code errorSummary}): each call lists its fields as {@code name=label}, the label
 * being a message key, possibly with one argument; a missing key would show the reader
 * "??key_hu??" only once the field is wrong, and two fields with one label could not be
 * told apart in the list.
 */
class ErrorSummaryLabelsTests {

	private static final Path RESOURCES = Path.of("src", "main", "resources");

	private static final Pattern CALL = Pattern.compile("errorSummary\\('([^']*)'\\)");

	private static final Pattern INCLUDE = Pattern.compile(":: errorSummary\\(");

	private static final Pattern LABEL = Pattern.compile("[\\w.]+(\\([^,]+\\))?");

	private static final Pattern KEY = Pattern.compile("^[\\w.]+|(?<=#\\{)[\\w.]+");

	@Test
	void everyCallNamesEachFieldWithItsOwnLabelFromBothBundles() throws IOException {
		Set<String> hungarian = keys("messages_hu.properties");
		Set<String> english = keys("messages_en.properties");
		Map<Path, List<String>> calls = calls();
		assertThat(calls).as("templates that show an error summary").hasSizeGreaterThan(10);

		List<String> problems = new ArrayList<>();
		calls.forEach((template, fieldLists) -> {
			for (String fields : fieldLists) {
				Set<String> names = new HashSet<>();
				Set<String> labels = new HashSet<>();
				for (String entry : fields.split(",")) {
					String[] nameAndLabel = entry.split("=", 2);
					if (nameAndLabel.length != 2 || !LABEL.matcher(nameAndLabel[1]).matches()) {
						problems.add(template + ": " + entry + " is not name=label");
						continue;
					}
					if (!names.add(nameAndLabel[0])) {
						problems.add(template + ": " + nameAndLabel[0] + " is listed twice");
					}
					if (!labels.add(nameAndLabel[1])) {
						problems.add(template + ": " + nameAndLabel[1] + " names two fields");
					}
					Matcher key = KEY.matcher(nameAndLabel[1]);
					while (key.find()) {
						if (!hungarian.contains(key.group()) || !english.contains(key.group())) {
							problems.add(template + ": " + key.group() + " is missing from a bundle");
						}
					}
				}
			}
		});
		assertThat(problems).isEmpty();
	}

	/**
	 * The field lists of the templates' calls, each written out in the call, as the
	 * fragment reads it.
	 */
	private static Map<Path, List<String>> calls() throws IOException {
		Path templates = RESOURCES.resolve("templates");
		Map<Path, List<String>> calls = new TreeMap<>();
		try (Stream<Path> files = Files.walk(templates)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".html")).toList()) {
				String html = Files.readString(file, StandardCharsets.UTF_8);
				long includes = INCLUDE.matcher(html).results().count();
				if (includes > 0) {
					List<String> fieldLists = CALL.matcher(html).results().map((call) -> call.group(1)).toList();
					assertThat(fieldLists).as(file + " calls errorSummary with a written list").hasSize((int) includes);
					calls.put(templates.relativize(file), fieldLists);
				}
			}
		}
		return calls;
	}

	private static Set<String> keys(String bundle) throws IOException {
		Properties messages = new Properties();
		try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(bundle), StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		return messages.stringPropertyNames();
	}

}
