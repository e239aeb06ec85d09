package hu.gyakorlattar.shared;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * How many statements some work prepares, for tests that hold a page or a read to a fixed
 * number of statements. Only the statements Hibernate prepares on the thread that runs
 * the work count, so the application's scheduled jobs (the outbox sender polls every
 * fraction of a second in some contexts) cannot add theirs: the tests' configuration
 * names {@link OnTheCallingThread} as Hibernate's statement inspector.
 */
public final class StatementCounts {

	/** Work to count, which may throw as a page request does. */
	@FunctionalInterface
	public interface Work {

		void run() throws Exception;

	}

	private StatementCounts() {
	}

	/** The statements the work prepares on this thread. */
	public static long of(Work work) throws Exception {
		long[] count = { 0 };
		OnTheCallingThread.counting.set(count);
		try {
			work.run();
			return count[0];
		}
		finally {
			OnTheCallingThread.counting.remove();
		}
	}

	/**
	 * Hibernate's statement inspector in the tests: counts for {@link #of}, changes
	 * nothing.
	 */
	public static final class OnTheCallingThread implements StatementInspector {

		private static final ThreadLocal<long[]> counting = new ThreadLocal<>();

		@Override
		public String inspect(String sql) {
			long[] count = counting.get();
			if (count != null) {
				count[0]++;
			}
			return sql;
		}

	}

}
