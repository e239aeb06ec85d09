package hu.gyakorlattar.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.StringUtils;

import hu.gyakorlattar.GyakorlattarApplication;

import static org.awaitility.Awaitility.await;

/**
 * The tests' template database: the application itself migrates and seeds it (gazetteer,
 * demo data, first admin) once per test JVM, with the tests' default settings, before the
 * first application context starts on the embedded PostgreSQL. Every context then starts
 * on a copy ({@code gyakorlattar.embedded-database.template}, see
 * {@code EmbeddedDatabaseConfiguration}), so its start-up finds the data present and only
 * builds its in-memory search index. A test of the first start of an empty installation
 * sets the template property blank. Registered for every {@code @SpringBootTest} in
 * {@code META-INF/spring.factories}; a context shape that is the same everywhere, so it
 * never splits the context cache.
 */
class TemplateDatabase implements ContextCustomizerFactory {

	private static final Logger log = LoggerFactory.getLogger(TemplateDatabase.class);

	private static final String TEMPLATE_PROPERTY = "gyakorlattar.embedded-database.template";

	private static String built;

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		boolean applicationTest = MergedAnnotations.from(testClass, SearchStrategy.TYPE_HIERARCHY)
			.isPresent(SpringBootTest.class);
		return applicationTest ? new BuiltBeforeTheContext() : null;
	}

	private static synchronized void ensureBuilt(String name) {
		if (name.equals(built)) {
			return;
		}
		if (built != null) {
			throw new IllegalStateException("One template database per test JVM: " + built + ", not also " + name);
		}
		long started = System.nanoTime();
		EmbeddedPostgres server = EmbeddedDatabaseConfiguration.server("");
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
		built = name;
		log.info("Template database {} migrated and seeded in {} ms", name, (System.nanoTime() - started) / 1_000_000);
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
