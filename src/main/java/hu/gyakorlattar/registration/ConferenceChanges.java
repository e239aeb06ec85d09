package hu.gyakorlattar.registration;

import java.time.Clock;
import java.time.Instant;

import hu.gyakorlattar.conference.ConferenceCapacityRaised;
import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceMeetingChanged;
import hu.gyakorlattar.conference.ConferenceRescheduled;
import hu.gyakorlattar.conference.ConferenceView;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What registrants need when their conference changes: a moved conference sends every
 * registrant with a place the updated calendar entry (same UID, the conference's higher
 * SEQUENCE) and recomputes their scheduled mails, and tells those waiting for a place the
 * new time; a changed meeting gives them new seats and sends the link again to those who
 * already had it; more places go to the waiting list. A move's event handled again (the
 * registry resubmits it after a crash) tells each registrant once.
 */
@Component
class ConferenceChanges {

	private final RegistrationRepository registrations;

	private final ConferenceManagement conferences;

	private final RegistrationMails mails;

	private final ScheduledMails scheduled;

	private final ConfirmingAndCancelling places;

	private final MeetingSeats seats;

	private final Clock clock;

	ConferenceChanges(RegistrationRepository registrations, ConferenceManagement conferences, RegistrationMails mails,
			ScheduledMails scheduled, ConfirmingAndCancelling places, MeetingSeats seats, Clock clock) {
		this.seats = seats;
		this.registrations = registrations;
		this.places = places;
		this.conferences = conferences;
		this.mails = mails;
		this.scheduled = scheduled;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ConferenceRescheduled rescheduled) {
		ConferenceView conference = this.conferences.find(rescheduled.conferenceId()).orElse(null);
		if (conference == null) {
			return;
		}
		Instant now = this.clock.instant();
		this.registrations.lockPlaces(conference.id());
		for (Registration registration : this.registrations.findHoldingPlaces(conference.id())) {
			if (registration.hearsOfMove(rescheduled.sequence())) {
				this.scheduled.replan(registration, conference, now);
				this.mails.send(RegistrationMails.Template.RESCHEDULED, registration, conference);
			}
		}
		for (Registration registration : this.registrations.findWaiting(conference.id())) {
			if (registration.hearsOfMove(rescheduled.sequence())) {
				this.mails.send(RegistrationMails.Template.RESCHEDULED_WAITING, registration, conference);
			}
		}
	}

	@ApplicationModuleListener
	void on(ConferenceCapacityRaised raised) {
		this.places.fillFreePlaces(raised.conferenceId());
	}

	@ApplicationModuleListener
	void on(ConferenceMeetingChanged changed) {
		ConferenceView conference = this.conferences.find(changed.conferenceId()).orElse(null);
		if (conference == null) {
			return;
		}
		this.registrations.ensureLockRow(conference.id());
		this.registrations.lockConference(conference.id());
		for (Registration registration : this.registrations.findHoldingPlaces(conference.id())) {
			this.seats.enrolInNewMeeting(registration, conference);
			if (registration.getJoinLinkSentAt() != null) {
				this.mails.send(RegistrationMails.Template.MEETING_CHANGED, registration, conference);
			}
		}
	}

}
