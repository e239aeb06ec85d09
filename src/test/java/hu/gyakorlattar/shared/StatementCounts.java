package hu.gyakorlattar.shared;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * How many statements some work prepares, for tests that hold a page or a read to a fixed
 * number of statements.
 */
public final class StatementCounts {

	/** Work to count, which may throw as a page request does. */
	@FunctionalInterface
	public interface Work {

		void run() throws Exception;

	}

	private StatementCounts() {
	}

	/**
	 * The fewest statements of three runs: Hibernate's statistics are global and also
	 * count what the application's scheduled jobs run meanwhile, which only ever adds.
	 */
	public static long fewestOfThree(EntityManagerFactory entityManagers, Work work) throws Exception {
		long fewest = Long.MAX_VALUE;
		for (int run = 0; run < 3; run++) {
			fewest = Math.min(fewest, of(entityManagers, work));
		}
		return fewest;
	}

	/**
	 * The statements of one run, for work that cannot simply run again (it uses up what
	 * it works on); the same caution about other work applies.
	 */
	public static long of(EntityManagerFactory entityManagers, Work work) throws Exception {
		Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		statistics.setStatisticsEnabled(true);
		try {
			work.run();
			return statistics.getPrepareStatementCount();
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

}
