package hu.gyakorlattar.transfer;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import hu.gyakorlattar.practice.PublishedPractice;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.InvalidInputs;
import org.jspecify.annotations.Nullable;

/**
 * A municipality taking up another's practice. It moves forward only (considering →
 * adapting → running, a step may be skipped), stops from any of them with a reason, and
 * stays stopped; a municipality never takes up its own practice. The origin may answer,
 * and a mentor at the origin is named only with that person's consent.
 */
@Entity
@Table(name = "transfer")
class Transfer {

	/** The months after the start at which the adopter is asked how it goes. */
	static final List<Integer> CHECK_IN_MONTHS = List.of(6, 12);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long practiceId;

	private String kshCode;

	private String municipalityName;

	private String plan;

	private String contactName;

	private String contactEmail;

	@Enumerated(EnumType.STRING)
	private TransferStatus status;

	private String stopReason = "";

	private String startedBy;

	private Instant startedAt;

	private Instant statusChangedAt;

	private String originAnswer = "";

	private Instant answeredAt;

	private String mentorName = "";

	private String mentorEmail = "";

	private Instant mentorConsentedAt;

	protected Transfer() {
	}

	private Transfer(long practiceId, String kshCode, String municipalityName, String startedBy, Instant now) {
		this.practiceId = practiceId;
		this.kshCode = kshCode;
		this.municipalityName = municipalityName;
		this.startedBy = startedBy;
		this.startedAt = now;
		this.statusChangedAt = now;
		this.status = TransferStatus.CONSIDERING;
	}

	/**
	 * A municipality starts taking up a practice, at the status it has already reached.
	 */
	static Transfer start(PublishedPractice practice, String kshCode, String municipalityName, TransferPlan plan,
			String startedBy, Instant now) {
		if (practice.ownedBy(kshCode)) {
			throw new InvalidInput("plan", "transfer.own");
		}
		if (plan.status() == TransferStatus.STOPPED) {
			throw new InvalidInput("status", "transfer.status.stoppedAtStart");
		}
		Transfer transfer = new Transfer(practice.id(), kshCode, municipalityName, startedBy, now);
		transfer.update(plan, now);
		return transfer;
	}

	/** The adopter updates its plan, its contact and how far it has come. */
	void update(TransferPlan plan, Instant now) {
		moveTo(plan.status(), plan.stopReason(), now);
		this.plan = plan.plan();
		this.contactName = plan.contactName();
		this.contactEmail = plan.contactEmail();
	}

	/**
	 * Moves forward, or stops with a reason; staying where it is changes nothing (a
	 * stop's reason may still be reworded).
	 */
	void moveTo(TransferStatus next, String reason, Instant now) {
		InvalidInputs.throwIfAny(problemsMoving(next, reason));
		if (next != this.status) {
			this.statusChangedAt = now;
		}
		this.status = next;
		this.stopReason = (next == TransferStatus.STOPPED) ? reason.strip() : "";
	}

	/** What a move to this status breaks, every problem at once (none for no status). */
	List<InvalidInput> problemsMoving(@Nullable TransferStatus next, @Nullable String reason) {
		List<InvalidInput> problems = new ArrayList<>();
		if (next == null) {
			return problems;
		}
		if (this.status == TransferStatus.STOPPED && next != TransferStatus.STOPPED) {
			problems.add(new InvalidInput("status", "transfer.status.alreadyStopped"));
		}
		else if (next.isActive() && next.ordinal() < this.status.ordinal()) {
			problems.add(new InvalidInput("status", "transfer.status.backwards"));
		}
		if (next == TransferStatus.STOPPED && (reason == null || reason.isBlank())) {
			problems.add(new InvalidInput("stopReason", "transfer.stopReason.required"));
		}
		return problems;
	}

	/**
	 * The origin answers the adopter; a mentor at the origin is named only when they
	 * consent, and can step back by answering without consent.
	 */
	void answer(OriginAnswer answer, Instant now) {
		InvalidInputs.throwIfAny(problemsAnswering(answer));
		this.originAnswer = answer.answer();
		this.answeredAt = now;
		boolean mentor = answer.mentorConsents() && !answer.mentorName().isEmpty();
		this.mentorName = mentor ? answer.mentorName() : "";
		this.mentorEmail = mentor ? answer.mentorEmail() : "";
		this.mentorConsentedAt = mentor ? now : null;
	}

	/** What an origin's answer breaks: a mentor named without their consent. */
	static List<InvalidInput> problemsAnswering(OriginAnswer answer) {
		boolean named = answer.mentorName() != null && !answer.mentorName().isBlank();
		return (named && !Boolean.TRUE.equals(answer.mentorConsents()))
				? List.of(new InvalidInput("mentorConsents", "transfer.mentor.consentRequired")) : List.of();
	}

	/**
	 * The check-ins this saved transfer is asked for, due the given months after its
	 * start on the Budapest calendar.
	 */
	List<CheckIn> planCheckIns() {
		ZonedDateTime start = this.startedAt.atZone(HungarianFormats.BUDAPEST);
		return CHECK_IN_MONTHS.stream()
			.map((months) -> new CheckIn(this.id, months, start.plusMonths(months).toInstant()))
			.toList();
	}

	Long getId() {
		return this.id;
	}

	long getPracticeId() {
		return this.practiceId;
	}

	String getKshCode() {
		return this.kshCode;
	}

	String getMunicipalityName() {
		return this.municipalityName;
	}

	String getPlan() {
		return this.plan;
	}

	String getContactName() {
		return this.contactName;
	}

	String getContactEmail() {
		return this.contactEmail;
	}

	TransferStatus getStatus() {
		return this.status;
	}

	String getStopReason() {
		return this.stopReason;
	}

	Instant getStartedAt() {
		return this.startedAt;
	}

	Instant getStatusChangedAt() {
		return this.statusChangedAt;
	}

	String getOriginAnswer() {
		return this.originAnswer;
	}

	Instant getAnsweredAt() {
		return this.answeredAt;
	}

	String getMentorName() {
		return this.mentorName;
	}

	String getMentorEmail() {
		return this.mentorEmail;
	}

	TransferPlan plan() {
		return new TransferPlan(this.plan, this.contactName, this.contactEmail, this.status, this.stopReason);
	}

}
