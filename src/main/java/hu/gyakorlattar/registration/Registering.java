package hu.gyakorlattar.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Someone registers on the form or through the API (double opt-in): a new registration
 * waits for its owner to confirm the address, a question written on the form goes to the
 * conference's Q&A.
 */
@Service
@Transactional
class Registering {

	private final RegistrationRepository registrations;

	private final ConferenceManagement conferences;

	private final MunicipalityChoice municipalities;

	private final RegistrationMails mails;

	private final ApplicationEventPublisher events;

	private final RegistrationProperties properties;

	private final Clock clock;

	Registering(RegistrationRepository registrations, ConferenceManagement conferences,
			MunicipalityChoice municipalities, RegistrationMails mails, ApplicationEventPublisher events,
			RegistrationProperties properties, Clock clock) {
		this.registrations = registrations;
		this.conferences = conferences;
		this.municipalities = municipalities;
		this.mails = mails;
		this.events = events;
		this.properties = properties;
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
		ConferenceView conference = publishedConference(conferenceId);
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
		// A new request takes no place, so it waits only for the same address's other
		// submissions; one for an existing registration also waits for those who give or
		// take back places, as it may change that registration's status.
		String emailKey = Registration.emailKey(registrant.email());
		this.registrations.lockRegistrant(conferenceId, emailKey);
		boolean known = this.registrations.existsByConferenceIdAndEmailKey(conferenceId, emailKey);
		if (known) {
			this.registrations.lockPlaces(conferenceId);
		}
		Optional<Registration> existing = known
				? this.registrations.findByConferenceIdAndEmailKey(conferenceId, emailKey) : Optional.empty();
		if (existing.isEmpty()) {
			Registration registration = this.registrations.save(new Registration(conferenceId, registrant,
					this.properties.privacyNoticeVersion(), locale, RegistrationForm.campaignId(form.campaign()),
					Registration.newToken(), Registration.newToken(), now));
			ask(registration, form.question(), now);
			this.mails.send(RegistrationMails.Template.CONFIRMATION_REQUEST, registration, conference);
			return;
		}
		Registration registration = existing.get();
		switch (registration.getStatus()) {
			case REQUESTED -> {
				registration.requestAgain(now);
				this.mails.send(RegistrationMails.Template.CONFIRMATION_REQUEST, registration, conference);
			}
			case CANCELLED -> {
				registration.requestAgain(now);
				registration.describe(registrant);
				ask(registration, form.question(), now);
				this.mails.send(RegistrationMails.Template.CONFIRMATION_REQUEST, registration, conference);
			}
			default -> this.mails.send(RegistrationMails.Template.ALREADY_REGISTERED, registration, conference);
		}
	}

	/** A question written on the form goes to the conference's Q&A, after this commit. */
	private void ask(Registration registration, String question, Instant now) {
		if (StringUtils.hasText(question)) {
			this.events.publishEvent(new QuestionAskedAtRegistration(registration.getId(),
					registration.getConferenceId(), registration.name(), question.strip(), now));
		}
	}

}
