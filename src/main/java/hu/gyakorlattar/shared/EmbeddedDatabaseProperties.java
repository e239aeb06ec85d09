package hu.gyakorlattar.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL, when no database is configured
 * ({@link EmbeddedDatabaseConfiguration}).
 *
 * @param directory where its data lives; blank: a throw-away database, as the tests use
 * @param template the database a throw-away one is a copy of; blank: an empty one
 * @param seed the data directory of a stopped server that a throw-away server starts from
 * a copy of, instead of an empty one (the tests' server with their template database,
 * built once for all test JVMs of a build); blank: none
 */
@ConfigurationProperties("gyakorlattar.embedded-database")
record EmbeddedDatabaseProperties(@DefaultValue("") String directory, @DefaultValue("") String template,
		@DefaultValue("") String seed) {

}
