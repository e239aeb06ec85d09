package hu.gyakorlattar.transfer;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import hu.gyakorlattar.shared.RandomTokens;
import org.jspecify.annotations.Nullable;

/**
 * A check-in on a transfer, months after its start, as data: when it falls due, when the
 * mail went out, when the one reminder is due and went out, and the answer given through
 * its personal link (the status, the outcome per indicator, a sentence of lessons).
 */
@Entity
@Table(name = "transfer_check_in")
class CheckIn {

	/** How long an unanswered check-in waits before its reminder. */
	static final Duration REMINDER_AFTER = Duration.ofDays(14);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long transferId;

	private int monthsAfter;

	private String token;

	private Instant dueAt;

	private @Nullable Instant sentAt;

	private @Nullable Instant remindAt;

	private @Nullable Instant remindedAt;

	private Instant skippedAt;

	private Instant answeredAt;

	@Enumerated(EnumType.STRING)
	private @Nullable TransferStatus reportedStatus;

	private String lessons = "";

	@ElementCollection
	@CollectionTable(name = "transfer_outcome", joinColumns = @JoinColumn(name = "check_in_id"))
	@MapKeyColumn(name = "indicator_id")
	@Column(name = "value")
	private Map<Long, java.math.BigDecimal> outcomes = new HashMap<>();

	protected CheckIn() {
	}

	CheckIn(long transferId, int monthsAfter, Instant dueAt) {
		this.transferId = transferId;
		this.monthsAfter = monthsAfter;
		this.dueAt = dueAt;
		this.token = RandomTokens.ofBytes(24);
	}

	/** The first mail went out; the reminder follows if nobody answers. */
	void sent(Instant now) {
		this.sentAt = now;
		this.remindAt = now.plus(REMINDER_AFTER);
	}

	void reminded(Instant now) {
		this.remindedAt = now;
	}

	/** Nothing to ask any more: the transfer stopped before this check-in went out. */
	void skip(Instant now) {
		this.skippedAt = now;
	}

	boolean isReminderDue(Instant now) {
		return this.sentAt != null && this.answeredAt == null && this.remindedAt == null && this.remindAt != null
				&& !this.remindAt.isAfter(now);
	}

	/** The adopter's answer; answering again replaces it. */
	void answer(TransferStatus status, Map<Long, java.math.BigDecimal> values, String lessons, Instant now) {
		this.reportedStatus = status;
		this.outcomes.clear();
		this.outcomes.putAll(values);
		this.lessons = lessons;
		this.answeredAt = now;
	}

	Long getId() {
		return this.id;
	}

	long getTransferId() {
		return this.transferId;
	}

	int getMonthsAfter() {
		return this.monthsAfter;
	}

	String getToken() {
		return this.token;
	}

	Instant getDueAt() {
		return this.dueAt;
	}

	@Nullable Instant getSentAt() {
		return this.sentAt;
	}

	Instant getAnsweredAt() {
		return this.answeredAt;
	}

	boolean isAnswered() {
		return this.answeredAt != null;
	}

	@Nullable TransferStatus getReportedStatus() {
		return this.reportedStatus;
	}

	String getLessons() {
		return this.lessons;
	}

	Map<Long, java.math.BigDecimal> getOutcomes() {
		return this.outcomes;
	}

}
