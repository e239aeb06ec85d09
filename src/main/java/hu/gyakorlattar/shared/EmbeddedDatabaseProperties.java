package hu.gyakorlattar.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL, when no database is configured
 * ({@link EmbeddedDatabaseConfiguration}).
 *
 * @param directory where its data lives; blank: a throw-away database, as the tests use
 * @param template the database a throw-away one is a copy of; blank: an empty one
 */
@ConfigurationProperties("gyakorlattar.embedded-database")
record EmbeddedDatabaseProperties(@DefaultValue("") String directory, @DefaultValue("") String template) {

}
