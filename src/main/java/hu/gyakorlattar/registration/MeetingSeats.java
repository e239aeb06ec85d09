package hu.gyakorlattar.registration;

import hu.gyakorlattar.conference.Attendee;
import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.conference.MeetingSeat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * A registrant's seat in the conference's meeting: given with a place, taken back with
 * it. Zoom being unreachable never fails the place: the registrant enters through the
 * conference's own link until a later enrolment succeeds.
 */
@Component
class MeetingSeats {

	private static final Logger log = LoggerFactory.getLogger(MeetingSeats.class);

	private final RegistrationRepository registrations;

	private final ConferenceManagement conferences;

	MeetingSeats(RegistrationRepository registrations, ConferenceManagement conferences) {
		this.registrations = registrations;
		this.conferences = conferences;
	}

	/** The registrant just got a place. */
	void enrol(Registration registration) {
		registration.useSeat(seatFor(registration.getConferenceId(), registration));
	}

	/** The registrant gave up their place; {@code seat} is the one they held. */
	void release(long conferenceId, MeetingSeat seat, String email) {
		try {
			this.conferences.release(conferenceId, seat, email);
		}
		catch (RuntimeException ex) {
			log.warn("Could not release a meeting seat of conference {}: {}", conferenceId, ex.getMessage());
		}
	}

	/**
	 * Enrols in the meeting a registrant whose earlier enrolment failed; answers whether
	 * the meeting took them (or no longer needs to).
	 */
	boolean enrolAgain(ConferenceView conference, long registrationId) {
		this.registrations.lockPlaces(conference.id());
		Registration registration = this.registrations.findById(registrationId).orElse(null);
		if (registration == null || !registration.getStatus().holdsPlace()
				|| registration.seat().providerId() != null) {
			return true;
		}
		MeetingSeat seat = seatFor(conference.id(), registration);
		if (seat == null) {
			return false;
		}
		registration.useSeat(seat);
		return true;
	}

	private MeetingSeat seatFor(long conferenceId, Registration registration) {
		try {
			return this.conferences.enrol(conferenceId,
					new Attendee(registration.getEmail(), registration.getFamilyName(), registration.getGivenName()));
		}
		catch (RuntimeException ex) {
			// Zoom unreachable: the registrant enters through the conference's own link.
			log.warn("Could not enrol registration {} in the meeting: {}", registration.getId(), ex.getMessage());
			return null;
		}
	}

}
