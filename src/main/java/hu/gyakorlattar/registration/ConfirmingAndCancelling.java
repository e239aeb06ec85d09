package hu.gyakorlattar.registration;

import java.time.Clock;
import java.time.Instant;

import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.conference.MeetingSeat;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places and the waiting list: the registrant confirms from the mail and gets a place, or
 * a place on the waiting list when the conference is full; cancels, and the place goes to
 * the longest-waiting registrant; more places go to the waiting list. A place is given or
 * taken back only while the conference's lock row is held, so the capacity holds under
 * concurrent confirmations.
 */
@Service
@Transactional
class ConfirmingAndCancelling {

	private final RegistrationRepository registrations;

	private final ConferenceManagement conferences;

	private final RegistrationMails mails;

	private final ScheduledMails scheduled;

	private final MeetingSeats seats;

	private final RegistrationProperties properties;

	private final Clock clock;

	ConfirmingAndCancelling(RegistrationRepository registrations, ConferenceManagement conferences,
			RegistrationMails mails, ScheduledMails scheduled, MeetingSeats seats, RegistrationProperties properties,
			Clock clock) {
		this.registrations = registrations;
		this.conferences = conferences;
		this.mails = mails;
		this.scheduled = scheduled;
		this.seats = seats;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The owner clicked the link: they get a place, or a place on the waiting list when
	 * the conference is full. Nothing happens to a registration already past that step.
	 */
	RegistrationStatus confirm(String personalToken) {
		Registration registration = this.registrations.byPersonalToken(personalToken);
		if (registration.getStatus() != RegistrationStatus.REQUESTED) {
			return registration.getStatus();
		}
		ConferenceView conference = conference(registration);
		Instant now = this.clock.instant();
		if (conference.over(now)) {
			throw new InvalidInput(null, "registration.over");
		}
		if (registration.confirmationExpired(now, this.properties.confirmationValidFor())) {
			throw new InvalidInput(null, "registration.confirmation.expired");
		}
		this.registrations.lockPlaces(registration.getConferenceId());
		if (this.registrations.countPlacesTaken(conference.id()) < conference.capacity()) {
			givePlace(registration, conference, now, RegistrationMails.Template.CONFIRMED);
		}
		else {
			registration.waitForPlace(now);
			this.mails.send(RegistrationMails.Template.WAITING, registration, conference);
		}
		return registration.getStatus();
	}

	/**
	 * The registrant cancels. A place they held goes to the longest-waiting registrant,
	 * in this same transaction. Cancelling twice changes nothing.
	 */
	void cancel(String personalToken) {
		cancel(this.registrations.byPersonalToken(personalToken), false);
	}

	/** {@code erasing}: the cancellation mail is the registration's last one. */
	void cancel(Registration registration, boolean erasing) {
		if (!registration.getStatus().cancellable()) {
			return;
		}
		ConferenceView conference = conference(registration);
		Instant now = this.clock.instant();
		this.registrations.lockPlaces(registration.getConferenceId());
		boolean heldPlace = registration.getStatus().holdsPlace();
		boolean wasRequested = registration.getStatus() == RegistrationStatus.REQUESTED;
		MeetingSeat seat = registration.seat();
		registration.cancel(now);
		this.scheduled.forget(registration);
		if (heldPlace) {
			this.seats.release(registration, seat);
			send(erasing, RegistrationMails.Template.CANCELLED_WITH_PLACE, registration, conference);
			this.registrations.flush();
			promote(conference, now);
		}
		// Erasing a registration never confirmed leaves the address unmailed: nobody
		// showed it was theirs, and nothing of it is in their calendar.
		else if (!(erasing && wasRequested)) {
			send(erasing, RegistrationMails.Template.CANCELLED, registration, conference);
		}
	}

	private void send(boolean last, RegistrationMails.Template template, Registration registration,
			ConferenceView conference) {
		if (last) {
			this.mails.sendLast(template, registration, conference);
		}
		else {
			this.mails.send(template, registration, conference);
		}
	}

	/** The conference took more people: free places go to the waiting list. */
	void fillFreePlaces(long conferenceId) {
		ConferenceView conference = this.conferences.find(conferenceId).orElseThrow(NotFound::new);
		this.registrations.lockPlaces(conferenceId);
		promote(conference, this.clock.instant());
	}

	/** Gives free places to the waiting list, longest waiting first. */
	private void promote(ConferenceView conference, Instant now) {
		if (conference.over(now)) {
			return;
		}
		int free = conference.capacity() - this.registrations.countPlacesTaken(conference.id());
		for (Registration waiting : this.registrations.findWaiting(conference.id())) {
			if (free-- <= 0) {
				return;
			}
			givePlace(waiting, conference, now, RegistrationMails.Template.PROMOTED);
		}
	}

	private void givePlace(Registration registration, ConferenceView conference, Instant now,
			RegistrationMails.Template mail) {
		registration.confirm(now);
		this.seats.enrol(registration, conference);
		this.mails.send(mail, registration, conference);
		this.scheduled.plan(registration, conference, now);
	}

	private ConferenceView conference(Registration registration) {
		return this.conferences.find(registration.getConferenceId()).orElseThrow(NotFound::new);
	}

}
