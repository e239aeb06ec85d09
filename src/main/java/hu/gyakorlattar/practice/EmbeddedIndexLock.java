package hu.gyakorlattar.practice;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * The embedded Lucene index serves one instance: a second instance on the same database
 * would keep an index of its own that never sees the first one's changes. So the instance
 * with the embedded index holds a PostgreSQL advisory lock on its database, on a
 * connection of its own, for as long as it runs (PostgreSQL releases it when the process
 * dies), and a second instance is refused at start, before its index opens, with what to
 * do instead. An in-memory index (the tests' {@code local-heap}) takes no lock.
 */
class EmbeddedIndexLock implements InitializingBean, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedIndexLock.class);

	/** The advisory lock's key: "gyk-srch" in ASCII. */
	static final long KEY = 0x67796b2d73726368L;

	static final String REFUSAL = "Another instance of Gyakorlattár already runs on this database with the embedded "
			+ "search index (PostgreSQL advisory lock " + KEY + " is held), and an embedded index would not see "
			+ "its changes. To run several instances, start every one of them with "
			+ "gyakorlattar.search.backend=opensearch and gyakorlattar.search.opensearch.uris=http://<node>:9200 "
			+ "(README, \"Several instances\"); otherwise stop the other instance first.";

	private final DataSource dataSource;

	private Connection connection;

	EmbeddedIndexLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void afterPropertiesSet() throws SQLException {
		Connection held = open();
		try (Statement statement = held.createStatement();
				ResultSet locked = statement.executeQuery("select pg_try_advisory_lock(" + KEY + ")")) {
			locked.next();
			if (!locked.getBoolean(1)) {
				held.close();
				throw new IllegalStateException(REFUSAL);
			}
		}
		this.connection = held;
	}

	/** A connection outside the pool: the pool may close and replace its connections. */
	private Connection open() throws SQLException {
		if (this.dataSource instanceof HikariDataSource hikari) {
			return DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
		}
		return this.dataSource.getConnection();
	}

	@Override
	public void destroy() {
		try {
			this.connection.close();
		}
		catch (SQLException ex) {
			// The database may already be gone; the lock went with its session.
			log.debug("Embedded index lock connection did not close cleanly", ex);
		}
	}

}
