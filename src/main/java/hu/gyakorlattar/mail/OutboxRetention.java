package hu.gyakorlattar.mail;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The privacy notice promises to keep the log of sent mail for two years; this purges
 * what is older, daily. Running it on every instance is harmless: the delete is
 * idempotent.
 */
@Component
class OutboxRetention {

	private static final Logger log = LoggerFactory.getLogger(OutboxRetention.class);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Duration retention;

	OutboxRetention(JdbcTemplate jdbc, Clock clock, MailProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.retention = properties.retention();
	}

	@Scheduled(cron = "${gyakorlattar.mail.retention-cron:0 30 3 * * *}", zone = "Europe/Budapest")
	int purge() {
		int purged = this.jdbc.update("delete from mail_outbox where status <> 'QUEUED' and created_at < ?",
				java.sql.Timestamp.from(this.clock.instant().minus(this.retention)));
		if (purged > 0) {
			log.info("Purged {} outbox message(s) past the retention period", purged);
		}
		return purged;
	}

}
