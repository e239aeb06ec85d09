package hu.gyakorlattar.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Waits until a query answers true, for bench/run: one process and one connection asking
 * every 100 ms. A loop of {@link Sql} calls started a JVM a second, about a sixth of this
 * machine's CPU, taken from the application while it was being measured. Arguments: JDBC
 * URL, user, a query answering one boolean, the most seconds to wait. Exits with 1 when
 * the time ran out.
 */
public final class Await {

	private Await() {
	}

	public static void main(String[] args) throws Exception {
		long giveUp = System.nanoTime() + Long.parseLong(args[3]) * 1_000_000_000L;
		try (Connection connection = DriverManager.getConnection(args[0], args[1], "");
				Statement statement = connection.createStatement()) {
			while (System.nanoTime() < giveUp) {
				try (ResultSet rows = statement.executeQuery(args[2])) {
					if (rows.next() && rows.getBoolean(1)) {
						return;
					}
				}
				Thread.sleep(100);
			}
		}
		System.exit(1);
	}

}
