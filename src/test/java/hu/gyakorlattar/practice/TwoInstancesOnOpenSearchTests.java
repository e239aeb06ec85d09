package hu.gyakorlattar.practice;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import hu.gyakorlattar.GyakorlattarApplication;
import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.shared.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances on one PostgreSQL database and one OpenSearch node answer the
 * same searches: a practice published on one is found on the other, an edit made there is
 * found back on the first, and a withdrawal on the first is gone from the second, each
 * within seconds (the delays are printed); and the search-index lag metric shows a change
 * that never reached the index. The instances are two Spring applications of their own
 * beside the tests' shared context (which only builds their template database). Run by
 * {@link OpenSearchTests}.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TwoInstancesOnOpenSearchTests {

	private static final String EDITOR = "ket-peldany@example.hu";

	private static final Duration WITHIN = Duration.ofSeconds(15);

	private ConfigurableApplicationContext first;

	private ConfigurableApplicationContext second;

	@BeforeAll
	void startTwoInstances() throws SQLException {
		String node = OpenSearchNode.uri();
		this.first = instance("--gyakorlattar.search.opensearch.uris=" + node,
				"--spring.jpa.properties.hibernate.search.schema_management.strategy=drop-and-create");
		String database = this.first.getBean(DataSource.class).unwrap(HikariDataSource.class).getJdbcUrl();
		this.second = instance("--gyakorlattar.search.opensearch.uris=" + node, "--spring.datasource.url=" + database,
				"--spring.datasource.username=postgres");
	}

	@AfterAll
	void stopThem() {
		for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] { this.second,
				this.first }) {
			if (instance != null) {
				instance.close();
			}
		}
	}

	@Test
	void aPracticeSavedOnOneInstanceIsFoundOnTheOther() {
		EditingPractices onFirst = this.first.getBean(EditingPractices.class);
		EditingPractices onSecond = this.second.getBean(EditingPractices.class);

		long id = onFirst.create(form("Kvarclámpás buszvárók a kisvárosban"), EDITOR).getId();
		onFirst.publish(id, EDITOR);
		Duration created = untilFound(this.second, "kvarclámpás", true);

		onSecond.edit(id, form("Napórás buszvárók a kisvárosban"), EDITOR);
		Duration edited = untilFound(this.first, "napórás", true);
		assertThat(titles(this.first, "kvarclámpás")).isEmpty();

		onFirst.withdraw(id, EDITOR);
		Duration withdrawn = untilFound(this.second, "napórás", false);

		// An event abandoned after its retries is a change the index never got: the lag
		// metric shows its age on every instance until someone deals with it.
		JdbcTemplate database = new JdbcTemplate(this.first.getBean(DataSource.class));
		assertThat(lag(this.second)).isZero();
		database
			.update("insert into hsearch_outbox_event (id, entity_name, entity_id, entity_id_hash, payload, retries, "
					+ "process_after, status) values (gen_random_uuid(), 'Practice', '0', 0, '\\x00', 3, "
					+ "now() - interval '60 seconds', 'ABORTED')");
		assertThat(lag(this.second)).isBetween(60.0, 120.0);
		database.update("delete from hsearch_outbox_event where status = 'ABORTED' and entity_id = '0'");

		System.out.printf(
				"Two instances on OpenSearch: created on A, found on B after %d ms; edited on B, found on A "
						+ "after %d ms; withdrawn on A, gone from B after %d ms%n",
				created.toMillis(), edited.toMillis(), withdrawn.toMillis());
	}

	private static double lag(ConfigurableApplicationContext instance) {
		return instance.getBean(MeterRegistry.class).get(SearchIndexLag.NAME).timeGauge().value(TimeUnit.SECONDS);
	}

	/** How long until a search on this instance finds (or no longer finds) the word. */
	private static Duration untilFound(ConfigurableApplicationContext instance, String word, boolean found) {
		long started = System.nanoTime();
		while (titles(instance, word).isEmpty() == found) {
			Duration waited = Duration.ofNanos(System.nanoTime() - started);
			assertThat(waited).as("%s %s within %s", word, found ? "found" : "gone", WITHIN).isLessThan(WITHIN);
			sleep();
		}
		return Duration.ofNanos(System.nanoTime() - started);
	}

	private static List<String> titles(ConfigurableApplicationContext instance, String word) {
		return PracticeSearchTests.titles(instance.getBean(PracticeManagement.class)
			.search(PracticeSearchTests.query(word), Locale.forLanguageTag("hu-HU")));
	}

	private PracticeForm form(String title) {
		long theme = this.first.getBean(ProgrammeManagement.class).cycle(2021).orElseThrow().themes().get(3).id();
		return new PracticeForm(title, "Két példány próbája.", "A probléma.", "A megoldás.", "", null, "",
				Stage.RUNNING, "", "", 1_000_000L, "Eredmények.", "", "", "", "", "21458", 2021, List.of(theme),
				AwardLevel.GOOD_PRACTICE, "buszváró", "", "", "", false, "", "", "", PracticeEnglishForm.NONE);
	}

	private static ConfigurableApplicationContext instance(String... arguments) {
		String[] all = new String[arguments.length + 2];
		all[0] = "--server.port=0";
		all[1] = "--" + SearchBackend.PROPERTY + "=" + SearchBackend.OPENSEARCH;
		System.arraycopy(arguments, 0, all, 2, arguments.length);
		return new SpringApplicationBuilder(GyakorlattarApplication.class).run(all);
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
