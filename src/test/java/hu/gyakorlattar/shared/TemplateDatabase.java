package hu.gyakorlattar.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.StringUtils;

import hu.gyakorlattar.GyakorlattarApplication;

import static org.awaitility.Awaitility.await;

/**
 * The tests' template database: the application itself migrates and seeds it (gazetteer,
 * demo data, first admin) with the tests' default settings, before the first application
 * context starts on the embedded PostgreSQL. Every context then starts on a copy
 * ({@code gyakorlattar.embedded-database.template}, see
 * {@code EmbeddedDatabaseConfiguration}), so its start-up finds the data present and only
 * builds its in-memory search index. A test of the first start of an empty installation
 * sets the template property blank. Registered for every {@code @SpringBootTest} in
 * {@code META-INF/spring.factories}; a context shape that is the same everywhere, so it
 * never splits the context cache.
 * <p>
 * In a Maven build the template is built once for all its test JVMs (surefire's and
 * failsafe's), in a server of its own that the build names ({@value #SEED_DIRECTORY}):
 * the first JVM builds and stops it under a file lock, and each JVM's embedded PostgreSQL
 * starts from a copy of it ({@code gyakorlattar.embedded-database.seed}). A test run
 * without that setting (from an IDE) builds the template once per JVM.
 */
class TemplateDatabase implements ContextCustomizerFactory {

	private static final Logger log = LoggerFactory.getLogger(TemplateDatabase.class);

	private static final String TEMPLATE_PROPERTY = "gyakorlattar.embedded-database.template";

	private static final String SEED_PROPERTY = "gyakorlattar.embedded-database.seed";

	/** Where the build keeps this build's seed server, one directory per build. */
	private static final String SEED_DIRECTORY = "gyakorlattar.test.seed-directory";

	/** Written into the seed's directory once it is built and stopped. */
	private static final String COMPLETE = "gyakorlattar-seed-complete";

	private static String built;

	private static boolean seedLookedFor;

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		if (!MergedAnnotations.from(testClass, SearchStrategy.TYPE_HIERARCHY).isPresent(SpringBootTest.class)) {
			return null;
		}
		useTheBuildsSeed();
		return new BuiltBeforeTheContext();
	}

	/**
	 * Before this JVM's first context starts its embedded PostgreSQL: the build's seed
	 * server, built here if no test JVM of the build did yet.
	 */
	private static synchronized void useTheBuildsSeed() {
		if (seedLookedFor) {
			return;
		}
		seedLookedFor = true;
		String directory = System.getProperty(SEED_DIRECTORY);
		if (!StringUtils.hasText(directory) || StringUtils.hasText(System.getenv("GYAKORLATTAR_TEST_DB_URL"))) {
			return;
		}
		Path seed = Path.of(directory).toAbsolutePath();
		try {
			Files.createDirectories(seed.getParent());
			try (FileChannel file = FileChannel.open(seed.resolveSibling("lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE); FileLock lock = file.lock()) {
				if (!Files.exists(seed.resolve(COMPLETE))) {
					buildSeed(seed);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The tests' seed server in " + seed, ex);
		}
		System.setProperty(SEED_PROPERTY, seed.toString());
	}

	private static void buildSeed(Path seed) throws IOException {
		// Earlier builds' seeds, and this one's if a JVM died building it
		try (Stream<Path> earlier = Files.list(seed.getParent())) {
			for (Path other : earlier.filter(Files::isDirectory).toList()) {
				FileSystemUtils.deleteRecursively(other);
			}
		}
		EmbeddedPostgres server = EmbeddedPostgres.builder()
			.setDataDirectory(seed)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.setServerConfig("timezone", "UTC")
			.start();
		try (server) {
			// the template the tests' settings name, which no context has read yet
			build(server, PropertiesLoaderUtils.loadProperties(new ClassPathResource("config/application.properties"))
				.getProperty(TEMPLATE_PROPERTY));
		}
		Files.createFile(seed.resolve(COMPLETE));
	}

	private static synchronized void ensureBuilt(String name) {
		if (name.equals(built)) {
			return;
		}
		if (built != null) {
			throw new IllegalStateException("One template database per test JVM: " + built + ", not also " + name);
		}
		EmbeddedPostgres server = EmbeddedDatabaseConfiguration.server("");
		if (!exists(server, name)) {
			build(server, name);
		}
		built = name;
	}

	private static void build(EmbeddedPostgres server, String name) {
		long started = System.nanoTime();
		execute(server, "create database " + name);
		try (ConfigurableApplicationContext seeding = new SpringApplicationBuilder(GyakorlattarApplication.class).run(
				"--server.port=0", "--spring.datasource.url=" + server.getJdbcUrl("postgres", name),
				"--spring.datasource.username=postgres", "--spring.task.execution.shutdown.await-termination=true",
				"--spring.task.execution.shutdown.await-termination-period=30s")) {
			// A copy must not inherit a module's reaction to the demo data half done.
			JdbcTemplate jdbc = new JdbcTemplate(seeding.getBean(javax.sql.DataSource.class));
			await().atMost(Duration.ofSeconds(30))
				.until(() -> jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
						Long.class) == 0);
		}
		// Nobody connects to it by mistake; copying it needs no connection.
		execute(server, "alter database " + name + " with is_template true allow_connections false");
		log.info("Template database {} migrated and seeded in {} ms", name, (System.nanoTime() - started) / 1_000_000);
	}

	private static boolean exists(EmbeddedPostgres server, String name) {
		try (Connection connection = server.getPostgresDatabase().getConnection();
				PreparedStatement query = connection
					.prepareStatement("select 1 from pg_database where datistemplate and datname = ?")) {
			query.setString(1, name);
			try (ResultSet found = query.executeQuery()) {
				return found.next();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Template database: looking for " + name, ex);
		}
	}

	private static void execute(EmbeddedPostgres server, String sql) {
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Template database: " + sql, ex);
		}
	}

	/** Builds the template when a context that copies it starts first in this JVM. */
	private static final class BuiltBeforeTheContext implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
			Environment environment = context.getEnvironment();
			String template = environment.getProperty(TEMPLATE_PROPERTY);
			boolean embedded = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
			if (embedded && StringUtils.hasText(template)) {
				ensureBuilt(template);
			}
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof BuiltBeforeTheContext;
		}

		@Override
		public int hashCode() {
			return BuiltBeforeTheContext.class.hashCode();
		}

	}

}
