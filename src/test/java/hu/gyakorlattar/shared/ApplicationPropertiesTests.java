package hu.gyakorlattar.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings files as Spring Boot reads them: as ISO-8859-1, so a letter outside ASCII
 * written as itself reaches the application double-encoded ("Gyakorlattár" as
 * "GyakorlattÃ¡r"), as the calendar entries' organiser did. Such a letter is written as a
 * Unicode escape.
 */
class ApplicationPropertiesTests {

	@Test
	void everySettingsFileIsAscii() throws IOException {
		List<Path> files;
		try (Stream<Path> found = Stream.of("src/main/resources", "src/test/resources")
			.map(Path::of)
			.flatMap(ApplicationPropertiesTests::walk)) {
			files = found.filter((file) -> file.getFileName().toString().matches("application.*\\.properties"))
				.toList();
		}
		assertThat(files).isNotEmpty();
		for (Path file : files) {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			for (int i = 0; i < lines.size(); i++) {
				assertThat(lines.get(i)).as("%s, line %d", file, i + 1).matches("\\p{ASCII}*");
			}
		}
	}

	@Test
	void theMailSenderAndTheCalendarOrganiserReadAsWritten() {
		new ApplicationContextRunner().withInitializer(new ConfigDataApplicationContextInitializer()).run((context) -> {
			assertThat(context.getEnvironment().getProperty("gyakorlattar.mail.from"))
				.isEqualTo("Gyakorlattár <noreply@gyakorlattar.local>");
			assertThat(context.getEnvironment().getProperty("gyakorlattar.calendar.organizer"))
				.isEqualTo("Gyakorlattár iroda <iroda@gyakorlattar.local>");
		});
	}

	private static Stream<Path> walk(Path directory) {
		try {
			return Files.walk(directory);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
