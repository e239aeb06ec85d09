package hu.gyakorlattar.registration;

import java.time.Instant;
import java.util.List;

import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.conference.PersonView;
import hu.gyakorlattar.shared.Bilingual;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the registrant sees behind their personal link: their registration, the conference
 * with its agenda, and their calendar entry.
 */
@Service
@Transactional(readOnly = true)
class RegistrantPage {

	private final RegistrationRepository registrations;

	private final ConferenceManagement conferences;

	private final RegistrationMails mails;

	private final QuestionsAsked questions;

	RegistrantPage(RegistrationRepository registrations, ConferenceManagement conferences, RegistrationMails mails,
			QuestionsAsked questions) {
		this.registrations = registrations;
		this.conferences = conferences;
		this.mails = mails;
		this.questions = questions;
	}

	PersonalView personal(String personalToken) {
		Registration registration = this.registrations.byPersonalToken(personalToken);
		ConferenceView conference = conference(registration);
		List<AgendaLine> agenda = conference.agenda()
			.stream()
			.map((item) -> new AgendaLine(item.startsAt(), item.endsAt(), item.bilingualTitle(), item.speakers()))
			.toList();
		return new PersonalView(RegistrationRow.of(registration, this.questions.by(registration)), conference, agenda,
				"/j/" + registration.getJoinToken());
	}

	/** The registrant's calendar entry, for those who hold a place. */
	byte[] calendar(String personalToken) {
		Registration registration = this.registrations.byPersonalToken(personalToken);
		if (!registration.getStatus().holdsPlace()) {
			throw new NotFound();
		}
		return this.mails.calendarEntry(registration, conference(registration), false);
	}

	private ConferenceView conference(Registration registration) {
		return this.conferences.find(registration.getConferenceId()).orElseThrow(NotFound::new);
	}

	/** The registrant's page: their registration, the conference and its agenda. */
	record PersonalView(RegistrationRow registration, ConferenceView conference, List<AgendaLine> agenda,
			String joinPath) {

	}

	/**
	 * One slot of the agenda: its start and end (the page shows "10.00–10.25", in English
	 * "10:00–10:25"), the title, the speakers (the page gives each with their post and
	 * organisation in the reader's language).
	 */
	record AgendaLine(Instant startsAt, Instant endsAt, Bilingual title, List<PersonView> speakers) {

	}

}
