package hu.gyakorlattar.mail;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.shared.ApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The privacy notice's promise: the log of sent mail is kept for two years, then purged;
 * nothing unsent is lost.
 */
@ApplicationTest
class OutboxRetentionTests {

	@Autowired
	OutboxRetention retention;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void mailOlderThanTwoYearsIsPurgedButQueuedMailIsKept() {
		insert("regi-elkuldott", "SENT", "now() - interval '731 days'");
		insert("regi-varakozo", "QUEUED", "now() - interval '800 days'");
		insert("friss-elkuldott", "SENT", "now() - interval '729 days'");

		assertThat(this.retention.purge()).isEqualTo(1);
		assertThat(this.jdbc.queryForList("select message_id from mail_outbox where message_id like '<retention-%'",
				String.class))
			.containsExactlyInAnyOrder("<retention-regi-varakozo>", "<retention-friss-elkuldott>");
	}

	private void insert(String name, String status, String createdAt) {
		this.jdbc.update("insert into mail_outbox (message_id, recipient, subject, body_text, body_html, template, "
				+ "status, next_attempt_at, created_at) values (?, 'x@example.hu', 's', 't', 'h', 'test', ?, now(), "
				+ createdAt + ")", "<retention-" + name + ">", status);
	}

}
