package hu.gyakorlattar.practice;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import hu.gyakorlattar.GyakorlattarApplication;
import hu.gyakorlattar.shared.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The default embedded index on disk serves one instance: a second instance on the same
 * database is refused at start and told how to scale out; and an index that missed an
 * edit (the count still right) is found stale and rebuilt at the next start. The
 * instances are applications of their own beside the shared test context, which only
 * builds their template database.
 */
@ApplicationTest
class EmbeddedIndexTests {

	@TempDir
	Path indexes;

	@Test
	void aSecondInstanceIsRefusedAndAStaleIndexIsRebuiltAtStart() throws SQLException {
		String database;
		long practice;
		try (ConfigurableApplicationContext first = instance(this.indexes.resolve("first"))) {
			database = first.getBean(DataSource.class).unwrap(HikariDataSource.class).getJdbcUrl();
			practice = new JdbcTemplate(first.getBean(DataSource.class))
				.queryForObject("select min(id) from practice where status = 'PUBLISHED'", Long.class);

			assertThatThrownBy(() -> instance(this.indexes.resolve("second"), "--spring.datasource.url=" + database))
				.rootCause()
				.hasMessageContaining("already runs on this database")
				.hasMessageContaining("gyakorlattar.search.backend=opensearch")
				.hasMessageContaining("gyakorlattar.search.opensearch.uris");
		}

		// An edit the index never saw, as another instance's would be: same count, newer
		// row.
		try (HikariDataSource direct = new HikariDataSource()) {
			direct.setJdbcUrl(database);
			direct.setUsername("postgres");
			new JdbcTemplate(direct).update(
					"update practice set title = 'Holdfényes játszóterek', version = version + 1 where id = ?",
					practice);
		}

		try (ConfigurableApplicationContext again = instance(this.indexes.resolve("first"),
				"--spring.datasource.url=" + database)) {
			List<String> titles = PracticeSearchTests.titles(again.getBean(PracticeManagement.class)
				.search(PracticeSearchTests.query("holdfényes"), Locale.forLanguageTag("hu-HU")));
			assertThat(titles).containsExactly("Holdfényes játszóterek");
		}
	}

	private static ConfigurableApplicationContext instance(Path index, String... arguments) {
		String[] all = new String[arguments.length + 4];
		all[0] = "--server.port=0";
		all[1] = "--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem";
		all[2] = "--spring.jpa.properties.hibernate.search.backend.directory.root=" + index;
		all[3] = "--spring.datasource.username=postgres";
		System.arraycopy(arguments, 0, all, 4, arguments.length);
		return new SpringApplicationBuilder(GyakorlattarApplication.class).run(all);
	}

}
