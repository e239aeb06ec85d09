package hu.gyakorlattar.practice;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * bench/run's data generator for the knowledge base: writes N synthetic published
 * practices into the benchmark's database (the same remix of the demo practices as
 * {@link PracticeSearchBench}); the application indexes them when it next starts.
 * Arguments: JDBC URL, user, number of practices.
 */
public final class GeneratePractices {

	private GeneratePractices() {
	}

	public static void main(String[] args) throws java.sql.SQLException {
		// One connection and one transaction: a connection per statement made 100,000
		// practices take half an hour.
		SingleConnectionDataSource database = new SingleConnectionDataSource(args[0], args[1], "", true);
		database.setAutoCommit(false);
		int count = Integer.parseInt(args[2]);
		long started = System.nanoTime();
		PracticeSearchBench.generate(new JdbcTemplate(database), count);
		database.getConnection().commit();
		database.destroy();
		System.out.printf("generated %d practices in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
	}

}
