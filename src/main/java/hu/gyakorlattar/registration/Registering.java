package hu.gyakorlattar.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.conference.RecentConferences;
import hu.gyakorlattar.mail.PreparedMail;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Someone registers on the form or through the API (double opt-in): a new registration
 * waits for its owner to confirm the address, a question written on the form goes to the
 * conference's Q&A.
 */
@Service
class Registering {

	private final RegistrationRepository registrations;

	private final NewRegistrations newRegistrations;

	private final ConferenceManagement conferences;

	private final RecentConferences recentConferences;

	private final MunicipalityChoice municipalities;

	private final RegistrationMails mails;

	private final ApplicationEventPublisher events;

	private final RegistrationProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Registering(RegistrationRepository registrations, NewRegistrations newRegistrations,
			ConferenceManagement conferences, RecentConferences recentConferences, MunicipalityChoice municipalities,
			RegistrationMails mails, ApplicationEventPublisher events, RegistrationProperties properties,
			TransactionTemplate transaction, Clock clock) {
		this.registrations = registrations;
		this.newRegistrations = newRegistrations;
		this.conferences = conferences;
		this.recentConferences = recentConferences;
		this.municipalities = municipalities;
		this.mails = mails;
		this.events = events;
		this.properties = properties;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** A published conference that takes registrations, or 404. */
	@Transactional(readOnly = true)
	ConferenceView publishedConference(long conferenceId) {
		return this.conferences.find(conferenceId).filter(ConferenceView::published).orElseThrow(NotFound::new);
	}

	/**
	 * Someone registers. Whatever the address's history, the caller answers the same
	 * ("check your mailbox"); the mail tells the owner what applies: the link to confirm,
	 * or that they are already registered.
	 * @throws InvalidInput for a closed registration or a municipality not in the
	 * directory
	 */
	void register(long conferenceId, RegistrationForm form, Locale locale) {
		ConferenceView conference = this.recentConferences.find(conferenceId)
			.filter(ConferenceView::published)
			.orElseThrow(NotFound::new);
		Instant now = this.clock.instant();
		if (conference.registrationNotYetOpen(now)) {
			throw new InvalidInput(null, "registration.notYetOpen");
		}
		if (!conference.registrationOpen(now)) {
			throw new InvalidInput(null, "registration.closed");
		}
		Registrant registrant = new Registrant(form.prefix(), form.familyName(), form.givenName(), form.email(),
				form.post(), this.municipalities.resolve(form.municipality(), form.organisation()), form.organisation(),
				form.phone(), form.listConsent(), form.followUpConsent());
		// Most requests are new registrations: their confirmation request is rendered
		// before the transaction, which then holds its connection only for the writes
		// (profiled on a burst of registrations).
		Registration fresh = new Registration(conferenceId, registrant, this.properties.privacyNoticeVersion(), locale,
				RegistrationForm.campaignId(form.campaign()), RegistrationTokens.newToken(),
				RegistrationTokens.newToken(), now);
		PreparedMail confirmation = this.mails.prepare(RegistrationMails.Template.CONFIRMATION_REQUEST, fresh,
				conference);
		this.transaction.executeWithoutResult(
				(status) -> register(conference, registrant, fresh, confirmation, form.question(), now));
	}

	private void register(ConferenceView conference, Registrant registrant, Registration fresh,
			PreparedMail confirmation, String question, Instant now) {
		// A new request takes no place, so it waits only for the same address's other
		// submission being stored, if any; one for an existing registration also waits
		// for those who give or take back places, as it may change that registration's
		// status.
		Optional<Long> stored = this.newRegistrations.storeUnlessRegistered(fresh);
		if (stored.isPresent()) {
			ask(stored.get(), fresh, question, now);
			this.mails.send(confirmation);
			return;
		}
		long conferenceId = conference.id();
		String emailKey = Registration.emailKey(registrant.email());
		this.registrations.lockPlaces(conferenceId);
		Registration registration = this.registrations.findByConferenceIdAndEmailKey(conferenceId, emailKey)
			.orElseThrow();
		switch (registration.getStatus()) {
			case REQUESTED -> {
				registration.requestAgain(now);
				this.mails.send(RegistrationMails.Template.CONFIRMATION_REQUEST, registration, conference);
			}
			case CANCELLED -> {
				registration.requestAgain(now);
				registration.describe(registrant);
				ask(registration.getId(), registration, question, now);
				this.mails.send(RegistrationMails.Template.CONFIRMATION_REQUEST, registration, conference);
			}
			default -> this.mails.send(RegistrationMails.Template.ALREADY_REGISTERED, registration, conference);
		}
	}

	/** A question written on the form goes to the conference's Q&A, after this commit. */
	private void ask(long registrationId, Registration registration, String question, Instant now) {
		if (StringUtils.hasText(question)) {
			this.events.publishEvent(new QuestionAskedAtRegistration(registrationId, registration.getConferenceId(),
					registration.name(), question.strip(), now));
		}
	}

}
