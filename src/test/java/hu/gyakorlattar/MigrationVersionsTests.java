package hu.gyakorlattar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flyway runs a migration whose version is below the highest applied one on no deployed
 * database (it refuses it as out of order), so the gaps in the numbering are a trap: a
 * new migration takes a version above every released one, and a released migration is
 * never edited, renamed or removed. {@code db/released-migrations.txt} (test resources)
 * is the list of released ones, appended at each release (CONTRIBUTING.md).
 */
class MigrationVersionsTests {

	private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__\\w+\\.sql");

	private final Map<String, String> migrations = migrationsWithTheirChecksums();

	private final List<Released> released = released();

	@Test
	void aReleasedMigrationStaysAsItWasReleased() {
		for (Released migration : this.released) {
			assertThat(this.migrations).as("released migration %s is still there", migration.file())
				.containsKey(migration.file());
			assertThat(this.migrations.get(migration.file())).as("released migration %s is unchanged", migration.file())
				.isEqualTo(migration.sha256());
		}
	}

	@Test
	void aNewMigrationTakesAVersionAboveEveryReleasedOne() {
		int highestReleased = this.released.stream().mapToInt(Released::version).max().orElse(0);
		List<String> releasedFiles = this.released.stream().map(Released::file).toList();
		for (String file : this.migrations.keySet()) {
			if (!releasedFiles.contains(file)) {
				assertThat(version(file))
					.as("%s is new: its version must be above %d, the highest released one", file, highestReleased)
					.isGreaterThan(highestReleased);
			}
		}
	}

	@Test
	void everyMigrationIsNamedAsFlywayReadsIt() {
		assertThat(this.migrations).isNotEmpty();
		assertThat(this.migrations.keySet()).allMatch((file) -> MIGRATION.matcher(file).matches(),
				"V<version>__<what>.sql");
	}

	private static int version(String file) {
		Matcher matcher = MIGRATION.matcher(file);
		assertThat(matcher.matches()).as("%s is named V<version>__<what>.sql", file).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	private static Map<String, String> migrationsWithTheirChecksums() {
		Map<String, String> checksums = new TreeMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath:db/migration/*.sql")) {
				try (InputStream in = resource.getInputStream()) {
					checksums.put(resource.getFilename(), sha256(in.readAllBytes()));
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return checksums;
	}

	private static List<Released> released() {
		try (InputStream in = new ClassPathResource("db/released-migrations.txt").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map((line) -> line.trim().split("\\s+"))
				.map((fields) -> new Released(Integer.parseInt(fields[0]), fields[1], fields[2]))
				.toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Released(int version, String file, String sha256) {
	}

}
