package hu.gyakorlattar.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bare JDBC transaction under a registration: what PostgreSQL allows when no HTTP,
 * validation, JPA or template rendering stands in front of it. Each transaction does what
 * {@code RegistrationManagement.register} does to the database: reads the conference,
 * takes the conference's lock row ({@code FOR UPDATE}, which serialises registrations for
 * one conference), looks the address up, inserts the registration and its confirmation
 * mail into the outbox (with a body of the real mail's size, due in the far future so the
 * sender leaves it alone). Prints transactions per second, then deletes its rows.
 * Arguments: JDBC URL, user, conference id, threads, seconds.
 */
public final class JdbcCeiling {

	private JdbcCeiling() {
	}

	public static void main(String[] args) throws Exception {
		String url = args[0];
		String user = args[1];
		long conference = Long.parseLong(args[2]);
		int threads = Integer.parseInt(args[3]);
		long until = System.nanoTime() + Long.parseLong(args[4]) * 1_000_000_000L;
		String[] body = body(url, user);
		AtomicLong sequence = new AtomicLong();
		AtomicLong committed = new AtomicLong();
		List<Thread> workers = new ArrayList<>();
		long start = System.nanoTime();
		for (int t = 0; t < threads; t++) {
			workers.add(startThread(() -> {
				try (Connection connection = DriverManager.getConnection(url, user, "")) {
					connection.setAutoCommit(false);
					while (System.nanoTime() < until) {
						register(connection, conference, sequence.incrementAndGet(), body);
						connection.commit();
						committed.incrementAndGet();
					}
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
			}));
		}
		for (Thread worker : workers) {
			worker.join();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("%.0f%n", committed.get() / seconds);
		try (Connection connection = DriverManager.getConnection(url, user, "");
				Statement statement = connection.createStatement()) {
			statement.execute("delete from mail_outbox where message_id like '<plafon-%'");
			statement.execute("delete from registration where email like 'plafon-%'");
		}
	}

	private static Thread startThread(Runnable work) {
		Thread thread = new Thread(work);
		thread.start();
		return thread;
	}

	private static void register(Connection connection, long conference, long n, String[] body) throws SQLException {
		Timestamp now = Timestamp.from(Instant.now());
		String email = "plafon-" + n + "@example.hu";
		try (PreparedStatement read = connection.prepareStatement("select * from conference where id = ?")) {
			read.setLong(1, conference);
			read.executeQuery().close();
		}
		try (PreparedStatement lockRow = connection.prepareStatement(
				"insert into registration_conference (conference_id) values (?) on conflict do nothing");
				PreparedStatement lock = connection
					.prepareStatement("select conference_id from registration_conference where conference_id = ? for update")) {
			lockRow.setLong(1, conference);
			lockRow.executeUpdate();
			lock.setLong(1, conference);
			lock.executeQuery().close();
		}
		try (PreparedStatement existing = connection
			.prepareStatement("select id from registration where conference_id = ? and email_key = ?")) {
			existing.setLong(1, conference);
			existing.setString(2, email);
			try (ResultSet rows = existing.executeQuery()) {
				if (rows.next()) {
					throw new IllegalStateException("registered twice: " + email);
				}
			}
		}
		try (PreparedStatement insert = connection.prepareStatement("""
				insert into registration (conference_id, family_name, given_name, email, email_key, post, organisation,
				  phone, privacy_notice_version, list_consent, follow_up_consent, locale, status, personal_token,
				  join_token, created_at)
				values (?, 'Kovács', ?, ?, ?, 'jegyző', 'Példa Község Önkormányzata', '+36 30 123 4567', '1', false,
				  true, 'hu-HU', 'REQUESTED', ?, ?, ?)""")) {
			insert.setLong(1, conference);
			insert.setString(2, "Anna " + n);
			insert.setString(3, email);
			insert.setString(4, email);
			insert.setString(5, "plafon-p-" + n + "-" + System.nanoTime());
			insert.setString(6, "plafon-j-" + n + "-" + System.nanoTime());
			insert.setTimestamp(7, now);
			insert.executeUpdate();
		}
		try (PreparedStatement mail = connection.prepareStatement("""
				insert into mail_outbox (message_id, recipient, subject, body_text, body_html, template, status,
				  next_attempt_at, created_at)
				values (?, ?, 'Erősítse meg a jelentkezését', ?, ?, 'registration/confirmation-request', 'QUEUED',
				  timestamp '9999-01-01', ?)""")) {
			mail.setString(1, "<plafon-" + n + "@gyakorlattar.local>");
			mail.setString(2, email);
			mail.setString(3, body[0]);
			mail.setString(4, body[1]);
			mail.setTimestamp(5, now);
			mail.executeUpdate();
		}
	}

	/** The text and HTML of a real confirmation request, so the rows have the real size. */
	private static String[] body(String url, String user) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"select body_text, body_html from mail_outbox order by id desc limit 1")) {
			if (rows.next()) {
				return new String[] { rows.getString(1), rows.getString(2) };
			}
			String text = "Kérjük, erősítse meg a jelentkezését. ".repeat(60);
			return new String[] { text, "<p>" + text + "</p>" };
		}
	}

}
