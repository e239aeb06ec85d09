package hu.gyakorlattar.registration;

import java.util.List;

import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.conference.MeetingKind;
import hu.gyakorlattar.conference.ConferenceManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registrants of a Zoom conference whose enrolment failed (Zoom was unreachable when they
 * got their place) enter through the meeting's general link, where Zoom asks them to
 * register again. This job enrols them later, so that their personal link leads straight
 * in. It stops at the first failure: Zoom is still down, and the next run tries again.
 */
@Component
class MissingSeats {

	private static final Logger log = LoggerFactory.getLogger(MissingSeats.class);

	private final RegistrationRepository registrations;

	private final MeetingSeats seats;

	private final ConferenceManagement conferences;

	private final TransactionTemplate transaction;

	MissingSeats(RegistrationRepository registrations, MeetingSeats seats, ConferenceManagement conferences,
			TransactionTemplate transaction) {
		this.registrations = registrations;
		this.seats = seats;
		this.conferences = conferences;
		this.transaction = transaction;
	}

	@Scheduled(fixedDelayString = "${gyakorlattar.registration.seat-retry-interval:PT10M}",
			initialDelayString = "${gyakorlattar.registration.seat-retry-interval:PT10M}")
	void enrolMissing() {
		int enrolled = 0;
		for (ConferenceView conference : this.conferences.upcoming()) {
			if (conference.meetingKind() != MeetingKind.ZOOM) {
				continue;
			}
			List<Long> missing = this.registrations.findHoldingPlacesWithoutSeat(conference.id());
			for (long registrationId : missing) {
				if (!Boolean.TRUE
					.equals(this.transaction.execute((status) -> this.seats.enrolAgain(conference, registrationId)))) {
					log.warn("Zoom enrolment still fails; {} registrant(s) enrolled this time", enrolled);
					return;
				}
				enrolled++;
			}
		}
		if (enrolled > 0) {
			log.info("Enrolled {} registrant(s) in their Zoom meeting after an earlier failure", enrolled);
		}
	}

}
