package hu.gyakorlattar.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a registration holds about the person, in their hands: they change it, download it
 * (GDPR art. 15 and 20) or erase it at once; the retention purge erases it the same way
 * when its time is up.
 */
@Service
@Transactional
class PersonalData {

	private final RegistrationRepository registrations;

	private final ConferenceManagement conferences;

	private final MunicipalityChoice municipalities;

	private final ConfirmingAndCancelling places;

	private final ScheduledMails scheduled;

	private final RegistrationMails mails;

	private final QuestionsAsked questions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PersonalData(RegistrationRepository registrations, ConferenceManagement conferences,
			MunicipalityChoice municipalities, ConfirmingAndCancelling places, ScheduledMails scheduled,
			RegistrationMails mails, QuestionsAsked questions, ApplicationEventPublisher events, Clock clock) {
		this.registrations = registrations;
		this.conferences = conferences;
		this.municipalities = municipalities;
		this.places = places;
		this.scheduled = scheduled;
		this.mails = mails;
		this.questions = questions;
		this.events = events;
		this.clock = clock;
	}

	/** The registrant's details as their form shows them. */
	@Transactional(readOnly = true)
	DetailsForm detailsForm(String personalToken) {
		Registration r = this.registrations.byPersonalToken(personalToken);
		RegisteredMunicipality from = r.getMunicipality();
		String municipality = (from.kshCode() != null) ? from.name() + " (" + from.kshCode() + ")" : "";
		return new DetailsForm(r.getPrefix(), r.getFamilyName(), r.getGivenName(), r.getPost(), municipality,
				nullToEmpty(r.getOrganisation()), nullToEmpty(r.getPhone()), r.isListConsent(), r.isFollowUpConsent());
	}

	/**
	 * The registrant changes their details (not the address, which is how they are
	 * known).
	 * @throws InvalidInput for a cancelled registration or a municipality not in the
	 * directory
	 */
	void describe(String personalToken, DetailsForm form) {
		Registration registration = this.registrations.byPersonalToken(personalToken);
		registration
			.describe(new Registrant(form.prefix(), form.familyName(), form.givenName(), registration.getEmail(),
					form.post(), this.municipalities.resolve(form.municipality(), form.organisation()),
					form.organisation(), form.phone(), form.listConsent(), form.followUpConsent()));
	}

	/**
	 * What the registration holds about the person, for their own download, with the
	 * questions they asked.
	 */
	@Transactional(readOnly = true)
	Map<String, Object> personalData(String personalToken) {
		Registration registration = this.registrations.byPersonalToken(personalToken);
		ConferenceView conference = this.conferences.find(registration.getConferenceId()).orElseThrow(NotFound::new);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("conference", conference.title());
		data.put("conferenceStartsAt", conference.startsAt());
		data.put("prefix", registration.getPrefix());
		data.put("familyName", registration.getFamilyName());
		data.put("givenName", registration.getGivenName());
		data.put("email", registration.getEmail());
		data.put("post", registration.getPost());
		data.put("municipalityKshCode", registration.getMunicipality().kshCode());
		data.put("municipality", registration.getMunicipality().name());
		data.put("organisation", registration.getOrganisation());
		data.put("phone", registration.getPhone());
		data.put("listConsent", registration.isListConsent());
		data.put("followUpConsent", registration.isFollowUpConsent());
		data.put("language", registration.locale().toLanguageTag());
		data.put("privacyNoticeVersion", registration.getPrivacyNoticeVersion());
		data.put("status", registration.getStatus().name());
		data.put("registeredAt", registration.getCreatedAt());
		data.put("confirmedAt", registration.getOptedInAt());
		data.put("cancelledAt", registration.getCancelledAt());
		data.put("firstJoinedAt", registration.getFirstJoinedAt());
		data.put("questions", this.questions.by(registration));
		return data;
	}

	/**
	 * The registrant erases their personal data at once instead of at the end of the
	 * retention period: a registration still holding or awaiting a place is cancelled
	 * first (the place goes on, the calendar entry is withdrawn), then the person's data
	 * goes exactly as the retention purge takes it; the statistics stay and the personal
	 * links stop working.
	 */
	void erase(String personalToken) {
		Registration registration = this.registrations.byPersonalToken(personalToken);
		this.places.cancel(registration, true);
		anonymise(registration, this.clock.instant());
	}

	/**
	 * Removes the person from a registration, and their mails from the outbox if it was
	 * their last; shared with the retention purge.
	 */
	void anonymise(Registration registration, Instant now) {
		String address = registration.getEmail();
		this.scheduled.forget(registration);
		registration.anonymise(now, RegistrationTokens.newToken(), RegistrationTokens.newToken());
		this.events.publishEvent(new RegistrationAnonymised(registration.getId(), registration.getConferenceId()));
		forgetMailsUnlessStillRegistered(address);
	}

	/**
	 * The outbox knows a mail only by its address, not by the registration it was about.
	 * So the mails to an address are forgotten (the unsent deleted, the sent emptied to
	 * the fact and the time) when its last registration holding personal data goes; while
	 * the person is still registered for another conference, their mails stay, because
	 * those about the other registration (its personal link, the join link still to come)
	 * are still theirs and still needed, and the erased registration's links no longer
	 * work. Addresses compare as the registration keys them (trimmed, lower case).
	 */
	void forgetMailsUnlessStillRegistered(String address) {
		if (!this.registrations.existsByEmailKeyAndAnonymisedAtIsNull(Registration.emailKey(address))) {
			this.mails.forget(address);
		}
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

}
