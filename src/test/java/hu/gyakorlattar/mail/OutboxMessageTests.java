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

	@Test
	void aRelayThatIsDownCostsTheMessageNoAttemptAndLeavesItDue() {
		OutboxMessage message = message();
		message.claim(this.now.plusSeconds(900));
		message.relayUnavailable("Connection refused");
		assertThat(message.getStatus()).isEqualTo(OutboxMessage.Status.QUEUED);
		assertThat(message.getAttempts()).isZero();
		assertThat(message.getNextAttemptAt()).isEqualTo(this.now);
		assertThat(message.getLastError()).isEqualTo("Connection refused");
		assertThat(message.isClaimed(this.now)).isFalse();
	}

	@Test
	void aClaimHoldsUntilItEndsOrTheOutcomeIsRecorded() {
		OutboxMessage message = message();
		message.claim(this.now.plusSeconds(900));
		assertThat(message.isClaimed(this.now.plusSeconds(899))).isTrue();
		assertThat(message.isClaimed(this.now.plusSeconds(900))).isFalse();
		message.sent(this.now);
		assertThat(message.isClaimed(this.now)).isFalse();
	}

	@Test
	void aMessageWhoseRecipientWasErasedInFlightIsGivenUpInsteadOfTriedAgain() {
		OutboxMessage relayDown = message();
		relayDown.forget(this.now);
		relayDown.relayUnavailable("Read timed out");
		assertThat(relayDown.getStatus()).isEqualTo(OutboxMessage.Status.FAILED);
		OutboxMessage refused = message();
		refused.forget(this.now);
		refused.failed("550 No such user", this.now);
		assertThat(refused.getStatus()).isEqualTo(OutboxMessage.Status.FAILED);
		assertThat(refused.getAttempts()).isOne();
		assertThat(refused.getLastError()).isNull();
	}

	private OutboxMessage message() {
		return new OutboxMessage("<id@gyakorlattar>", "jegyzo@example.hu", "Tárgy", "szöveg", "<p>html</p>",
				"test/hello", this.now);
	}

}
