package hu.gyakorlattar.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

/**
 * The zero-setup database is a real database: durable, and back after the application was
 * killed; the tests' throw-away one can start from a seed. Each test works on a data
 * directory of its own.
 */
class EmbeddedDatabaseTests {

	Path dataDirectory;

	EmbeddedPostgres server;

	@BeforeEach
	void emptyDataDirectory() throws IOException {
		this.dataDirectory = Files.createTempDirectory("embedded-database");
	}

	@AfterEach
	void stopAndDelete() throws IOException {
		if (this.server != null) {
			this.server.close();
		}
		FileSystemUtils.deleteRecursively(this.dataDirectory);
	}

	@Test
	void aDatabaseWithADataDirectoryWritesEveryCommitToDisk() throws Exception {
		this.server = EmbeddedDatabaseConfiguration.start(this.dataDirectory.toString());

		assertThat(setting(this.server, "fsync")).isEqualTo("on");
		assertThat(setting(this.server, "synchronous_commit")).isEqualTo("on");
		assertThat(setting(this.server, "full_page_writes")).isEqualTo("on");
	}

	@Test
	void aThrowAwayServerStartsFromACopyOfTheSeedAndLeavesTheSeedAsItWas() throws Exception {
		try (EmbeddedPostgres seed = EmbeddedPostgres.builder()
			.setDataDirectory(this.dataDirectory)
			.setCleanDataDirectory(false)
			.start()) {
			execute(seed, "create database seeded");
		}

		this.server = EmbeddedDatabaseConfiguration.start("", this.dataDirectory.toString());
		assertThat(databases(this.server)).contains("seeded");
		assertThat(setting(this.server, "fsync")).as("a throw-away server's fast settings").isEqualTo("off");
		execute(this.server, "create database only_in_the_copy");
		this.server.close();
		this.server = null;

		try (EmbeddedPostgres seed = EmbeddedPostgres.builder()
			.setDataDirectory(this.dataDirectory)
			.setCleanDataDirectory(false)
			.start()) {
			assertThat(databases(seed)).contains("seeded").doesNotContain("only_in_the_copy");
		}
	}

	@Test
	void theDatabaseStartsAsSoonAsTheSettingsAreReadAndTheApplicationGetsThatServer() throws Exception {
		MockEnvironment settings = new MockEnvironment().withProperty("gyakorlattar.embedded-database.directory",
				this.dataDirectory.toString());
		new EmbeddedDatabaseConfiguration.EarlyStart().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(
				new DefaultBootstrapContext(), new SpringApplication(), new String[0], settings));

		await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(this.dataDirectory.resolve("postmaster.pid")));
		this.server = EmbeddedDatabaseConfiguration.server(this.dataDirectory.toString());
		assertThat(EmbeddedDatabaseConfiguration.server(this.dataDirectory.toString())).isSameAs(this.server);
		assertThat(setting(this.server, "fsync")).as("the durable server on that directory").isEqualTo("on");
	}

	@Test
	void theNextStartAfterAKilledApplicationStopsItsLeftoverPostgresAndKeepsTheData() throws Exception {
		Process application = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), KilledApplication.class.getName(),
				this.dataDirectory.toString())
			.redirectErrorStream(true)
			.start();
		long leftoverPid;
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(application.getInputStream(), StandardCharsets.UTF_8))) {
			leftoverPid = KilledApplication.awaitReady(output);
			application.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		ProcessHandle leftover = ProcessHandle.of(leftoverPid).orElseThrow();
		assertThat(leftover.isAlive()).as("PostgreSQL outlives the killed application").isTrue();

		this.server = EmbeddedDatabaseConfiguration.start(this.dataDirectory.toString());

		assertThat(leftover.isAlive()).as("the leftover postmaster is stopped").isFalse();
		try (Connection connection = this.server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select name from registered")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("Kovács Anna");
		}
		assertThat(setting(this.server, "fsync")).isEqualTo("on");
	}

	@Test
	void aDataDirectoryInUseByARunningApplicationIsRefusedAndLeftRunningAndTriedAgainOnceItStopped() throws Exception {
		this.server = EmbeddedDatabaseConfiguration.start(this.dataDirectory.toString());

		assertThatIllegalStateException()
			.isThrownBy(() -> EmbeddedDatabaseConfiguration.server(this.dataDirectory.toString()))
			.withMessageContaining("another running Gyakorlattár");
		assertThat(setting(this.server, "fsync")).as("the running one still answers").isEqualTo("on");

		this.server.close();
		this.server = EmbeddedDatabaseConfiguration.server(this.dataDirectory.toString());
		assertThat(setting(this.server, "fsync")).as("the next start runs").isEqualTo("on");
	}

	private static void execute(EmbeddedPostgres server, String sql) throws SQLException {
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static List<String> databases(EmbeddedPostgres server) throws SQLException {
		List<String> names = new ArrayList<>();
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select datname from pg_database")) {
			while (rows.next()) {
				names.add(rows.getString(1));
			}
		}
		return names;
	}

	private static String setting(EmbeddedPostgres server, String name) throws SQLException {
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("show " + name)) {
			rows.next();
			return rows.getString(1);
		}
	}

	/**
	 * The application in a process of its own, to be killed with SIGKILL: starts its
	 * embedded PostgreSQL on the given data directory, commits a row, and says the
	 * postmaster's pid.
	 */
	static final class KilledApplication {

		private static final String READY = "ready, postmaster ";

		public static void main(String[] args) throws Exception {
			EmbeddedPostgres server = EmbeddedDatabaseConfiguration.start(args[0]);
			try (Connection connection = server.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("create table registered (name text)");
				statement.execute("insert into registered values ('Kovács Anna')");
			}
			long pid = LeftoverPostmaster.runningPostmaster(Path.of(args[0]).toAbsolutePath()).orElseThrow().pid();
			System.out.println(READY + pid);
			Thread.sleep(Duration.ofMinutes(5).toMillis());
		}

		static long awaitReady(BufferedReader output) throws IOException {
			String line;
			StringBuilder seen = new StringBuilder();
			while ((line = output.readLine()) != null) {
				if (line.startsWith(READY)) {
					return Long.parseLong(line.substring(READY.length()).trim());
				}
				seen.append(line).append('\n');
			}
			throw new IllegalStateException("The application ended before its database was ready:\n" + seen);
		}

	}

}
