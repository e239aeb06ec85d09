package hu.gyakorlattar.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * One SQL statement against the benchmark's database, for bench/run: prints each row's
 * columns separated by spaces (a query) or the count of changed rows (anything else).
 * Arguments: JDBC URL, user, statement.
 */
public final class Sql {

	private Sql() {
	}

	public static void main(String[] args) throws Exception {
		try (Connection connection = DriverManager.getConnection(args[0], args[1], "");
				Statement statement = connection.createStatement()) {
			if (!statement.execute(args[2])) {
				System.out.println(statement.getUpdateCount());
				return;
			}
			try (ResultSet rows = statement.getResultSet()) {
				int columns = rows.getMetaData().getColumnCount();
				while (rows.next()) {
					StringBuilder line = new StringBuilder();
					for (int c = 1; c <= columns; c++) {
						line.append(c > 1 ? " " : "").append(rows.getString(c));
					}
					System.out.println(line);
				}
			}
		}
	}

}
