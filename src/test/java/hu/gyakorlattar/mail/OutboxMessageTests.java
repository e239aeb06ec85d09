package hu.gyakorlattar.mail;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxMessageTests {

	private final Instant now = Instant.parse("2026-11-25T08:00:00Z");

	@Test
	void failuresBackOffUntilTheLastAttemptThenTheMessageFails() {
		OutboxMessage message = message();
		message.failed("connection refused", this.now);
		assertThat(message.getStatus()).isEqualTo(OutboxMessage.Status.QUEUED);
		assertThat(message.getNextAttemptAt()).isEqualTo(this.now.plus(OutboxMessage.BACKOFF.get(0)));
		for (int i = 1; i <= OutboxMessage.BACKOFF.size(); i++) {
			message.failed("connection refused", this.now);
		}
		assertThat(message.getStatus()).isEqualTo(OutboxMessage.Status.FAILED);
	}

	@Test
	void aRetriedMessageGetsAFreshSeriesOfAttempts() {
		OutboxMessage message = message();
		for (int i = 0; i <= OutboxMessage.BACKOFF.size(); i++) {
			message.failed("connection refused", this.now);
		}
		message.retry(this.now);
		message.failed("still down", this.now);
		assertThat(message.getStatus()).isEqualTo(OutboxMessage.Status.QUEUED);
		assertThat(message.getNextAttemptAt()).isAfter(this.now);
	}

	@Test
	void aSentMessageIsNeverQueuedAgain() {
		OutboxMessage message = message();
		message.sent(this.now);
		message.retry(this.now);
		assertThat(message.getStatus()).isEqualTo(OutboxMessage.Status.SENT);
	}

	private OutboxMessage message() {
		return new OutboxMessage("<id@gyakorlattar>", "jegyzo@example.hu", "Tárgy", "szöveg", "<p>html</p>",
				"test/hello", this.now);
	}

}
