package hu.gyakorlattar.registration;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import hu.gyakorlattar.conference.MeetingSeat;
import org.jspecify.annotations.Nullable;

/**
 * A registrant's seat in the meeting, still to be given (ENROL) or taken back (RELEASE)
 * by Zoom, due at a time. A claim pushes it a lease ahead and names the claimer, so only
 * that claimer records the answer, and a claimer that died leaves a job that comes due
 * again; a failure puts it off by a back-off that grows with the attempts.
 */
@Entity
@Table(name = "registration_seat_job")
class SeatJob {

	enum Action {

		ENROL, RELEASE

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long registrationId;

	private long conferenceId;

	@Enumerated(EnumType.STRING)
	private Action action;

	private @Nullable String providerId;

	private String email;

	private Instant dueAt;

	private int attempts;

	private String claim;

	private String lastError;

	private Instant createdAt;

	protected SeatJob() {
	}

	private SeatJob(Registration registration, Action action, Instant now) {
		this.registrationId = registration.getId();
		this.conferenceId = registration.getConferenceId();
		this.action = action;
		this.dueAt = now;
		this.createdAt = now;
	}

	static SeatJob enrol(Registration registration, Instant now) {
		return new SeatJob(registration, Action.ENROL, now);
	}

	static SeatJob release(Registration registration, MeetingSeat seat, String email, Instant now) {
		SeatJob job = new SeatJob(registration, Action.RELEASE, now);
		job.providerId = seat.providerId();
		job.email = email;
		return job;
	}

	/** Takes the job for one try; answers the claim that records its outcome. */
	String claim(Instant now, Duration lease) {
		this.claim = RegistrationTokens.newToken();
		this.dueAt = now.plus(lease);
		this.attempts++;
		return this.claim;
	}

	boolean claimedAs(String claim) {
		return claim.equals(this.claim);
	}

	/**
	 * The try failed: the next one after a back-off doubling from a minute up to
	 * {@code longest}.
	 */
	void failed(Instant now, Duration longest, String error) {
		Duration backOff = Duration.ofMinutes(1L << Math.min(this.attempts - 1, 16));
		this.dueAt = now.plus((backOff.compareTo(longest) < 0) ? backOff : longest);
		this.claim = null;
		this.lastError = (error == null || error.length() <= 500) ? error : error.substring(0, 500);
	}

	/**
	 * Due again at once, from the start (the meeting changed while a try was under way).
	 */
	void restart(Instant now) {
		this.dueAt = now;
		this.claim = null;
		this.attempts = 0;
	}

	Long getId() {
		return this.id;
	}

	long getRegistrationId() {
		return this.registrationId;
	}

	long getConferenceId() {
		return this.conferenceId;
	}

	Action getAction() {
		return this.action;
	}

	MeetingSeat seat() {
		return new MeetingSeat(null, this.providerId);
	}

	String getEmail() {
		return this.email;
	}

	Instant getDueAt() {
		return this.dueAt;
	}

	int getAttempts() {
		return this.attempts;
	}

}
