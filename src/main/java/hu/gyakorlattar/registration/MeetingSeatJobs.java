package hu.gyakorlattar.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import hu.gyakorlattar.conference.Attendee;
import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.conference.MeetingSeat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.jspecify.annotations.Nullable;

/**
 * Asks Zoom for the seats {@link MeetingSeats} wrote down, one job at a time: claims a
 * due job ({@code FOR UPDATE SKIP LOCKED}) and commits, calls Zoom with no transaction
 * open (the Zoom client has connect and read timeouts), then records the answer in a new
 * transaction. A failure puts the job off and ends the run, since Zoom is likely still
 * down; jobs of a conference that is over are dropped. A seat Zoom gave to someone who
 * cancelled meanwhile is taken back.
 */
@Component
class MeetingSeatJobs {

	private static final Logger log = LoggerFactory.getLogger(MeetingSeatJobs.class);

	/** Longer than any one Zoom call with its timeouts; then the job is due again. */
	static final Duration LEASE = Duration.ofMinutes(5);

	private final SeatJobRepository jobs;

	private final RegistrationRepository registrations;

	private final ConferenceManagement conferences;

	private final TransactionTemplate transaction;

	private final RegistrationProperties properties;

	private final Clock clock;

	MeetingSeatJobs(SeatJobRepository jobs, RegistrationRepository registrations, ConferenceManagement conferences,
			TransactionTemplate transaction, RegistrationProperties properties, Clock clock) {
		this.jobs = jobs;
		this.registrations = registrations;
		this.conferences = conferences;
		this.transaction = transaction;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${gyakorlattar.registration.seat-poll-interval:PT15S}",
			initialDelayString = "${gyakorlattar.registration.seat-poll-interval:PT15S}")
	void runDue() {
		int done = 0;
		Claimed claimed;
		while ((claimed = this.transaction.execute((status) -> claimNext())) != null) {
			if (!run(claimed)) {
				log.warn("Zoom does not answer; {} seat job(s) done this time, the rest later", done);
				return;
			}
			done++;
		}
		if (done > 0) {
			log.info("Zoom took {} seat job(s)", done);
		}
	}

	/** The next due job worth a call to Zoom, claimed; {@code null} when none is due. */
	private @Nullable Claimed claimNext() {
		Instant now = this.clock.instant();
		while (true) {
			var due = this.jobs.claimDue(now, 10);
			if (due.isEmpty()) {
				return null;
			}
			for (SeatJob job : due) {
				Claimed claimed = claim(job, now);
				if (claimed != null) {
					return claimed;
				}
				this.jobs.delete(job);
			}
			this.jobs.flush();
		}
	}

	/** Claims the job, or answers {@code null} for one nobody needs any more. */
	private @Nullable Claimed claim(SeatJob job, Instant now) {
		Optional<ConferenceView> conference = this.conferences.find(job.getConferenceId());
		if (conference.isEmpty() || conference.get().over(now)) {
			return null;
		}
		if (job.getAction() == SeatJob.Action.RELEASE) {
			return new Claimed(job.getId(), job.claim(now, LEASE), job.getAction(), job.getConferenceId(),
					job.getRegistrationId(), null, job.seat(), job.getEmail());
		}
		Registration registration = this.registrations.findById(job.getRegistrationId()).orElse(null);
		if (registration == null || !registration.getStatus().holdsPlace()
				|| registration.seat().providerId() != null) {
			return null;
		}
		return new Claimed(job.getId(), job.claim(now, LEASE), job.getAction(), job.getConferenceId(),
				job.getRegistrationId(),
				new Attendee(registration.getEmail(), registration.getFamilyName(), registration.getGivenName()), null,
				registration.getEmail());
	}

	/** One call to Zoom, outside any transaction; answers whether Zoom took it. */
	private boolean run(Claimed claimed) {
		MeetingSeat seat;
		try {
			if (claimed.action() == SeatJob.Action.ENROL) {
				seat = this.conferences.enrol(claimed.conferenceId(), claimed.attendee());
			}
			else {
				this.conferences.release(claimed.conferenceId(), claimed.seat(), claimed.email());
				seat = null;
			}
		}
		catch (RuntimeException ex) {
			log.warn("Zoom did not take the {} of registration {}: {}", claimed.action(), claimed.registrationId(),
					ex.getMessage());
			this.transaction.executeWithoutResult((status) -> this.jobs.findByIdForUpdate(claimed.jobId())
				.filter((job) -> job.claimedAs(claimed.claim()))
				.ifPresent((job) -> job.failed(this.clock.instant(), this.properties.seatRetryInterval(),
						ex.getMessage())));
			return false;
		}
		this.transaction.executeWithoutResult((status) -> record(claimed, seat));
		return true;
	}

	private void record(Claimed claimed, MeetingSeat seat) {
		Optional<SeatJob> job = this.jobs.findByIdForUpdate(claimed.jobId());
		if (job.isPresent() && !job.get().claimedAs(claimed.claim())) {
			// Restarted meanwhile (a new meeting): a fresh try follows.
			return;
		}
		job.ifPresent(this.jobs::delete);
		if (claimed.action() == SeatJob.Action.RELEASE) {
			return;
		}
		Registration registration = this.registrations.findByIdForUpdate(claimed.registrationId()).orElse(null);
		if (registration == null) {
			return;
		}
		if (job.isPresent() && registration.getStatus().holdsPlace() && registration.seat().providerId() == null) {
			registration.useSeat(seat);
		}
		else if (seat != null && seat.providerId() != null) {
			// The registrant cancelled while Zoom was enrolling them.
			this.jobs.save(SeatJob.release(registration, seat, claimed.email(), this.clock.instant()));
		}
	}

	/** A job in hand, with what the call to Zoom needs. */
	private record Claimed(long jobId, String claim, SeatJob.Action action, long conferenceId, long registrationId,
			Attendee attendee, MeetingSeat seat, String email) {

	}

}
