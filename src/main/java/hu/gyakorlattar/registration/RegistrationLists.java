package hu.gyakorlattar.registration;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.PersonName;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of a conference's registrants: every registration for the office and its exports,
 * and the public participant list of those who consented to it.
 */
@Service
@Transactional(readOnly = true)
class RegistrationLists {

	private final RegistrationRepository registrations;

	private final Registering registering;

	private final QuestionsAsked questions;

	RegistrationLists(RegistrationRepository registrations, Registering registering, QuestionsAsked questions) {
		this.registrations = registrations;
		this.registering = registering;
		this.questions = questions;
	}

	/** The conference's registrations for the office, oldest first. */
	List<RegistrationRow> registrationsOf(long conferenceId) {
		List<Registration> all = this.registrations.findByConferenceIdOrderByCreatedAtAscIdAsc(conferenceId);
		Map<Long, List<String>> asked = this.questions.byEach(all.stream().map(Registration::getId).toList());
		return all.stream().map((r) -> RegistrationRow.of(r, asked.getOrDefault(r.getId(), List.of()))).toList();
	}

	/**
	 * The public participant list of a published conference: only those who consented to
	 * it and hold a place (or attended), by name in Hungarian order (the prefix aside);
	 * never an e-mail address or a phone number.
	 */
	List<ListedParticipant> participants(long conferenceId) {
		this.registering.publishedConference(conferenceId);
		return this.registrations.findListed(conferenceId)
			.stream()
			.map((r) -> new ListedParticipant(r.name(), r.getPost(), RegistrationRow.of(r, List.of()).from()))
			.sorted(Comparator.comparing(ListedParticipant::name, PersonName.hungarianOrder())
				.thenComparing(ListedParticipant::from, HungarianFormats.collator()))
			.toList();
	}

	/** One line of the public participant list. */
	record ListedParticipant(PersonName name, String post, String from) {

	}

}
