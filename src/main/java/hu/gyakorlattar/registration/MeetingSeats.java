package hu.gyakorlattar.registration;

import java.time.Clock;
import java.time.Instant;

import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.conference.MeetingKind;
import hu.gyakorlattar.conference.MeetingSeat;

import org.springframework.stereotype.Component;

/**
 * A registrant's seat in a Zoom meeting, given with a place and taken back with it. Only
 * the wish is written here, in the transaction that gives or takes the place;
 * {@link MeetingSeatJobs} asks Zoom after the commit, so a slow or unreachable Zoom never
 * holds up a confirmation or a cancellation, and until Zoom answers the registrant enters
 * through the conference's own link.
 */
@Component
class MeetingSeats {

	private final SeatJobRepository jobs;

	private final Clock clock;

	MeetingSeats(SeatJobRepository jobs, Clock clock) {
		this.jobs = jobs;
		this.clock = clock;
	}

	/** The registrant just got a place. */
	void enrol(Registration registration, ConferenceView conference) {
		if (conference.meetingKind() != MeetingKind.ZOOM) {
			return;
		}
		Instant now = this.clock.instant();
		this.jobs.findByRegistrationIdAndAction(registration.getId(), SeatJob.Action.ENROL)
			.ifPresentOrElse((job) -> job.restart(now), () -> this.jobs.save(SeatJob.enrol(registration, now)));
	}

	/**
	 * The registrant gave up their place, which held {@code seat}: an enrolment still to
	 * come is dropped, a seat Zoom gave is taken back.
	 */
	void release(Registration registration, MeetingSeat seat) {
		this.jobs.findByRegistrationIdAndAction(registration.getId(), SeatJob.Action.ENROL)
			.ifPresent(this.jobs::delete);
		if (seat.providerId() != null) {
			this.jobs.save(SeatJob.release(registration, seat, registration.getEmail(), this.clock.instant()));
		}
	}

	/**
	 * The conference's meeting changed: the seat in the old one leads nowhere, one in the
	 * new one is asked for.
	 */
	void enrolInNewMeeting(Registration registration, ConferenceView conference) {
		registration.useSeat(null);
		enrol(registration, conference);
	}

}
