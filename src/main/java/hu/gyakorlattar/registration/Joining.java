package hu.gyakorlattar.registration;

import java.time.Clock;
import java.time.Instant;

import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.shared.NotFound;
import hu.gyakorlattar.shared.PersonName;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The registrant's personal join link: opening it shows where they stand, pressing its
 * button inside the join window records the attendance and leads into the meeting.
 */
@Service
@Transactional
class Joining {

	private final RegistrationRepository registrations;

	private final ConferenceManagement conferences;

	private final Clock clock;

	Joining(RegistrationRepository registrations, ConferenceManagement conferences, Clock clock) {
		this.registrations = registrations;
		this.conferences = conferences;
		this.clock = clock;
	}

	/**
	 * Someone opened a personal join link (a GET, which link previews and mail scanners
	 * also do): tells what to show, and records nothing. Inside the join window the
	 * answer is {@link Join.Outcome#READY}: the page with the button that enters.
	 */
	@Transactional(readOnly = true)
	Join joinPage(String joinToken) {
		return join(joinToken, false);
	}

	/**
	 * The registrant pressed the button on their join page (a POST): inside the join
	 * window this records the attendance and answers where to enter; otherwise it tells
	 * what to show instead.
	 */
	Join enter(String joinToken) {
		return join(joinToken, true);
	}

	private Join join(String joinToken, boolean enter) {
		Registration registration = this.registrations.findByJoinToken(joinToken)
			.filter((r) -> r.getAnonymisedAt() == null)
			.orElseThrow(NotFound::new);
		ConferenceView conference = this.conferences.find(registration.getConferenceId()).orElseThrow(NotFound::new);
		Instant now = this.clock.instant();
		RegistrationStatus status = registration.getStatus();
		PersonName name = registration.name();
		if (!status.holdsPlace()) {
			return new Join(Join.Outcome.NO_PLACE, conference, status, name, null);
		}
		if (conference.over(now)) {
			return new Join(Join.Outcome.OVER, conference, status, name, null);
		}
		if (!conference.joinWindowOpen(now)) {
			return new Join(Join.Outcome.NOT_YET, conference, status, name, null);
		}
		String entrance = this.conferences.entrance(conference.id(), registration.seat());
		if (!StringUtils.hasText(entrance)) {
			return new Join(Join.Outcome.NO_MEETING, conference, status, name, null);
		}
		if (!enter) {
			return new Join(Join.Outcome.READY, conference, status, name, null);
		}
		registration.joined(now, RegistrationTokens.newCertificateCode());
		return new Join(Join.Outcome.ENTER, conference, registration.getStatus(), name, entrance);
	}

	/**
	 * What a join link leads to. READY: inside the window, the page with the button;
	 * ENTER: the button was pressed, go to {@code entrance}.
	 */
	record Join(Outcome outcome, ConferenceView conference, RegistrationStatus status, PersonName name,
			String entrance) {

		enum Outcome {

			NOT_YET, READY, ENTER, OVER, NO_PLACE, NO_MEETING

		}

	}

}
