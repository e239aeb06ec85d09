package hu.gyakorlattar.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office sends one registrant's personal join link again (it went to spam, the
 * registrant deleted it), through the outbox like the day-before send, in the same words
 * for the moment it goes. The registration's row is locked, so a double click, or two
 * colleagues at once, send it once: within a minute of the last send nothing goes again.
 * The scheduled day-before send is left as it is.
 */
@Service
@Transactional
class ResendingJoinLinks {

	private static final Logger log = LoggerFactory.getLogger(ResendingJoinLinks.class);

	/** How long after a send another click is taken as the same one. */
	static final Duration SAME_CLICK = Duration.ofMinutes(1);

	enum Outcome {

		SENT, JUST_SENT, IMPOSSIBLE

	}

	private final RegistrationRepository registrations;

	private final ConferenceManagement conferences;

	private final RegistrationMails mails;

	private final Clock clock;

	ResendingJoinLinks(RegistrationRepository registrations, ConferenceManagement conferences, RegistrationMails mails,
			Clock clock) {
		this.registrations = registrations;
		this.conferences = conferences;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * @throws NotFound for an unknown conference, or a registration that is not one of
	 * its own or whose personal data is gone
	 */
	Outcome resend(long conferenceId, long registrationId) {
		ConferenceView conference = this.conferences.find(conferenceId).orElseThrow(NotFound::new);
		Registration registration = this.registrations.findByIdForUpdate(registrationId)
			.filter((r) -> r.getConferenceId() == conferenceId && r.getAnonymisedAt() == null)
			.orElseThrow(NotFound::new);
		Instant now = this.clock.instant();
		if (!registration.getStatus().holdsPlace() || conference.over(now)) {
			return Outcome.IMPOSSIBLE;
		}
		Instant last = registration.getJoinLinkSentAt();
		if (last != null && now.isBefore(last.plus(SAME_CLICK))) {
			log.info("Join link of registration {} (conference {}) not resent: it went out at {}", registrationId,
					conferenceId, last);
			return Outcome.JUST_SENT;
		}
		this.mails.send(RegistrationMails.Template.DAY_BEFORE_LINK, registration, conference);
		registration.joinLinkSent(now);
		log.info("The office resent the join link of registration {} (conference {})", registrationId, conferenceId);
		return Outcome.SENT;
	}

}
