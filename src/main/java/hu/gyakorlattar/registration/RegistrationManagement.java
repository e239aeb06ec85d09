package hu.gyakorlattar.registration;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.text.Collator;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import hu.gyakorlattar.conference.Attendee;
import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.conference.MeetingSeat;
import hu.gyakorlattar.conference.PlacesTaken;
import hu.gyakorlattar.campaign.CampaignResponses;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;
import hu.gyakorlattar.shared.PersonName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The registrant's use cases: register (double opt-in), confirm, edit, ask, cancel, join;
 * and what the conference and mail modules learn of registrations. A place is given or
 * taken back only while the conference's lock row is held, so the capacity holds under
 * concurrent confirmations, and a cancellation promotes the next waiting registrant in
 * the same transaction.
 */
@Service
@Transactional
public class RegistrationManagement implements PlacesTaken, CampaignResponses {

	private static final Logger log = LoggerFactory.getLogger(RegistrationManagement.class);

	private static final Pattern KSH_CODE_IN_TEXT = Pattern.compile("(?:^|\\()\\s*(\\d{5})\\s*\\)?\\s*$");

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H.mm");

	private final RegistrationRepository registrations;

	private final ObjectProvider<RegistrantQuestions> questions;

	private final ApplicationEventPublisher events;

	private final ConferenceManagement conferences;

	private final MunicipalityDirectory directory;

	private final RegistrationMails mails;

	private final ScheduledMails scheduled;

	private final RegistrationProperties properties;

	private final Clock clock;

	RegistrationManagement(RegistrationRepository registrations, ObjectProvider<RegistrantQuestions> questions,
			ApplicationEventPublisher events, ConferenceManagement conferences, MunicipalityDirectory directory,
			RegistrationMails mails, ScheduledMails scheduled, RegistrationProperties properties, Clock clock) {
		this.registrations = registrations;
		this.questions = questions;
		this.events = events;
		this.conferences = conferences;
		this.directory = directory;
		this.mails = mails;
		this.scheduled = scheduled;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public int placesTaken(long conferenceId) {
		return this.registrations.countPlacesTaken(conferenceId);
	}

	/** Registrants from the campaign who confirmed their e-mail address. */
	@Override
	@Transactional(readOnly = true)
	public long registrationsFrom(long campaignId) {
		return this.registrations.countOptedInFromCampaign(campaignId);
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
		Registrant registrant = registrant(form.prefix(), form.familyName(), form.givenName(), form.email(),
				form.post(), form.municipality(), form.organisation(), form.phone(), form.listConsent(),
				form.followUpConsent());
		// A new request takes no place, so it waits only for the same address's other
		// submissions; one for an existing registration also waits for those who give or
		// take back places, as it may change that registration's status.
		String emailKey = Registration.emailKey(registrant.email());
		this.registrations.lockRegistrant(conferenceId, emailKey);
		boolean known = this.registrations.existsByConferenceIdAndEmailKey(conferenceId, emailKey);
		if (known) {
			lock(conferenceId);
		}
		Optional<Registration> existing = known
				? this.registrations.findByConferenceIdAndEmailKey(conferenceId, emailKey) : Optional.empty();
		if (existing.isEmpty()) {
			Registration registration = this.registrations
				.save(new Registration(conferenceId, registrant, this.properties.privacyNoticeVersion(), locale,
						campaignId(form.campaign()), token(), token(), now));
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
				registration.describe(registrant);
				registration.requestAgain(now);
				ask(registration, form.question(), now);
				this.mails.send(RegistrationMails.Template.CONFIRMATION_REQUEST, registration, conference);
			}
			default -> this.mails.send(RegistrationMails.Template.ALREADY_REGISTERED, registration, conference);
		}
	}

	/**
	 * The owner clicked the link: they get a place, or a place on the waiting list when
	 * the conference is full. Nothing happens to a registration already past that step.
	 */
	RegistrationStatus confirm(String personalToken) {
		Registration registration = byPersonalToken(personalToken);
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
		lock(registration.getConferenceId());
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
	 * in this same transaction.
	 */
	void cancel(String personalToken) {
		cancel(byPersonalToken(personalToken), false);
	}

	/** {@code erasing}: the cancellation mail is the registration's last one. */
	private void cancel(Registration registration, boolean erasing) {
		if (!cancellable(registration.getStatus())) {
			return;
		}
		ConferenceView conference = conference(registration);
		Instant now = this.clock.instant();
		lock(registration.getConferenceId());
		boolean heldPlace = registration.getStatus().holdsPlace();
		MeetingSeat seat = registration.seat();
		registration.cancel(now);
		this.scheduled.forget(registration);
		if (heldPlace) {
			release(conference.id(), seat, registration.getEmail());
			send(erasing, RegistrationMails.Template.CANCELLED_WITH_PLACE, registration, conference);
			this.registrations.flush();
			promote(conference, now);
		}
		else {
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

	/**
	 * The registrant erases their personal data at once instead of at the end of the
	 * retention period: a registration still holding or awaiting a place is cancelled
	 * first (the place goes on, the calendar entry is withdrawn), then the person's data
	 * goes exactly as the retention purge takes it; the statistics stay and the personal
	 * links stop working.
	 */
	void erase(String personalToken) {
		Registration registration = byPersonalToken(personalToken);
		cancel(registration, true);
		anonymise(registration, this.clock.instant());
	}

	/**
	 * Removes the person from a registration, and their mails from the outbox if it was
	 * their last; shared with the retention purge.
	 */
	void anonymise(Registration registration, Instant now) {
		String address = registration.getEmail();
		this.scheduled.forget(registration);
		registration.anonymise(now, token(), token());
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

	/**
	 * What the registration holds about the person, for their own download (GDPR art. 15
	 * and 20), with the questions they asked.
	 */
	@Transactional(readOnly = true)
	Map<String, Object> personalData(String personalToken) {
		Registration registration = byPersonalToken(personalToken);
		ConferenceView conference = conference(registration);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("conference", conference.title());
		data.put("conferenceStartsAt", conference.startsAt());
		data.put("familyName", registration.getFamilyName());
		data.put("givenName", registration.getGivenName());
		data.put("email", registration.getEmail());
		data.put("post", registration.getPost());
		data.put("municipalityKshCode", registration.getMunicipalityKshCode());
		data.put("municipality", registration.getMunicipalityName());
		data.put("organisation", registration.getOrganisation());
		data.put("phone", registration.getPhone());
		data.put("listConsent", registration.isListConsent());
		data.put("followUpConsent", registration.isFollowUpConsent());
		data.put("privacyNoticeVersion", registration.getPrivacyNoticeVersion());
		data.put("status", registration.getStatus().name());
		data.put("registeredAt", registration.getCreatedAt());
		data.put("confirmedAt", registration.getOptedInAt());
		data.put("cancelledAt", registration.getCancelledAt());
		data.put("firstJoinedAt", registration.getFirstJoinedAt());
		data.put("questions", questionsOf(registration));
		return data;
	}

	static boolean cancellable(RegistrationStatus status) {
		return status == RegistrationStatus.REQUESTED || status == RegistrationStatus.CONFIRMED
				|| status == RegistrationStatus.WAITING;
	}

	/** The conference took more people: free places go to the waiting list. */
	void fillFreePlaces(long conferenceId) {
		ConferenceView conference = this.conferences.find(conferenceId).orElseThrow(NotFound::new);
		lock(conferenceId);
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
		registration.useSeat(enrol(conference.id(), registration));
		this.mails.send(mail, registration, conference);
		this.scheduled.plan(registration, conference, now);
	}

	void describe(String personalToken, DetailsForm form) {
		Registration registration = byPersonalToken(personalToken);
		if (registration.getStatus() == RegistrationStatus.CANCELLED) {
			throw new InvalidInput(null, "registration.cancelled");
		}
		registration.describe(registrant(registration.getPrefix(), form.familyName(), form.givenName(),
				registration.getEmail(), form.post(), form.municipality(), form.organisation(), form.phone(),
				form.listConsent(), form.followUpConsent()));
	}

	/**
	 * The registrant behind a personal link, for the modules that serve registrants
	 * through it (their questions); empty for an unknown, forged or expired link.
	 */
	@Transactional(readOnly = true)
	public Optional<Participant> participant(String personalToken) {
		if (personalToken == null || personalToken.length() > 64) {
			return Optional.empty();
		}
		return this.registrations.findByPersonalToken(personalToken)
			.filter((r) -> r.getAnonymisedAt() == null)
			.map((r) -> new Participant(r.getId(), r.getConferenceId(), r.name(),
					r.getStatus() != RegistrationStatus.CANCELLED, r.getStatus() == RegistrationStatus.ATTENDED));
	}

	/** How many registrants entered the conference's meeting. */
	@Transactional(readOnly = true)
	public int attendees(long conferenceId) {
		return this.registrations.countAttended(conferenceId);
	}

	/** A question written on the form goes to the conference's Q&A, after this commit. */
	private void ask(Registration registration, String question, Instant now) {
		if (StringUtils.hasText(question)) {
			this.events.publishEvent(new QuestionAskedAtRegistration(registration.getId(),
					registration.getConferenceId(), registration.name(), question.strip(), now));
		}
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
		ConferenceView conference = conference(registration);
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
		registration.joined(now, certificateCode());
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

	@Transactional(readOnly = true)
	PersonalView personal(String personalToken) {
		Registration registration = byPersonalToken(personalToken);
		ConferenceView conference = conference(registration);
		List<AgendaLine> agenda = conference.agenda()
			.stream()
			.map((item) -> new AgendaLine(time(item.startsAt()) + "–" + time(item.endsAt()), item.title(),
					String.join("; ",
							item.speakers()
								.stream()
								.map((speaker) -> speaker.name()
										+ (speaker.affiliation().isBlank() ? "" : " (" + speaker.affiliation() + ")"))
								.toList())))
			.toList();
		return new PersonalView(RegistrationRow.of(registration, questionsOf(registration)), conference, agenda,
				"/j/" + registration.getJoinToken());
	}

	private static String time(Instant instant) {
		return TIME.format(instant.atZone(HungarianFormats.BUDAPEST));
	}

	/** The registrant's page: their registration, the conference and its agenda. */
	record PersonalView(RegistrationRow registration, ConferenceView conference, List<AgendaLine> agenda,
			String joinPath) {

	}

	/** One slot of the agenda: "10.00–10.25", the title, the speakers. */
	record AgendaLine(String time, String title, String speakers) {

	}

	@Transactional(readOnly = true)
	DetailsForm detailsForm(String personalToken) {
		Registration r = byPersonalToken(personalToken);
		String municipality = (r.getMunicipalityKshCode() != null)
				? r.getMunicipalityName() + " (" + r.getMunicipalityKshCode() + ")" : "";
		return new DetailsForm(r.getFamilyName(), r.getGivenName(), r.getPost(), municipality,
				nullToEmpty(r.getOrganisation()), nullToEmpty(r.getPhone()), r.isListConsent(), r.isFollowUpConsent());
	}

	/** The registrant's calendar entry, for those who hold a place. */
	@Transactional(readOnly = true)
	byte[] calendar(String personalToken) {
		Registration registration = byPersonalToken(personalToken);
		if (!registration.getStatus().holdsPlace()) {
			throw new NotFound();
		}
		return this.mails.calendarEntry(registration, conference(registration), false);
	}

	/** The conference's registrations for the office, oldest first. */
	@Transactional(readOnly = true)
	List<RegistrationRow> registrationsOf(long conferenceId) {
		List<Registration> all = this.registrations.findByConferenceIdOrderByCreatedAtAscIdAsc(conferenceId);
		Map<Long, List<String>> asked = askedBy(all.stream().map(Registration::getId).toList());
		return all.stream().map((r) -> RegistrationRow.of(r, asked.getOrDefault(r.getId(), List.of()))).toList();
	}

	/**
	 * The public participant list of a published conference: only those who consented to
	 * it and hold a place (or attended), by name in Hungarian order; never an e-mail
	 * address or a phone number.
	 */
	@Transactional(readOnly = true)
	List<ListedParticipant> participants(long conferenceId) {
		publishedConference(conferenceId);
		Collator collator = HungarianFormats.collator();
		return this.registrations.findListed(conferenceId)
			.stream()
			.map((r) -> new ListedParticipant(r.name(), r.getPost(), RegistrationRow.of(r, List.of()).from()))
			.sorted(Comparator.comparing((ListedParticipant p) -> p.name().toString(), collator)
				.thenComparing(ListedParticipant::from, collator))
			.toList();
	}

	/** One line of the public participant list. */
	record ListedParticipant(PersonName name, String post, String from) {

	}

	/**
	 * Municipalities matching a text, for the form's choice when a name was ambiguous.
	 */
	@Transactional(readOnly = true)
	List<MunicipalitySummary> municipalitiesMatching(String text) {
		if (!StringUtils.hasText(text)) {
			return List.of();
		}
		return this.directory.search(stripCode(text), 20);
	}

	private List<String> questionsOf(Registration registration) {
		return askedBy(List.of(registration.getId())).getOrDefault(registration.getId(), List.of());
	}

	private Map<Long, List<String>> askedBy(List<Long> registrationIds) {
		RegistrantQuestions asked = this.questions.getIfAvailable();
		return (asked != null && !registrationIds.isEmpty()) ? asked.askedBy(registrationIds) : Map.of();
	}

	/** Checks and trims what the registrant gave, resolving the municipality. */
	private Registrant registrant(String prefix, String familyName, String givenName, String email, String post,
			String municipality, String organisation, String phone, boolean listConsent, boolean followUpConsent) {
		MunicipalitySummary found = null;
		String guestOf = trimmedOrNull(organisation);
		if (StringUtils.hasText(municipality)) {
			found = resolveMunicipality(municipality.strip());
		}
		else if (guestOf == null) {
			throw new InvalidInput("municipality", "registration.municipality.missing");
		}
		return new Registrant((prefix != null) ? prefix.strip() : "", familyName.strip(), givenName.strip(),
				email.strip(), post.strip(), found, guestOf, trimmedOrNull(phone), listConsent, followUpConsent);
	}

	/**
	 * A KSH code, "Name (code)" from the type-ahead, or a name that only one municipality
	 * has (accents and case aside).
	 */
	private MunicipalitySummary resolveMunicipality(String text) {
		Matcher code = KSH_CODE_IN_TEXT.matcher(text);
		if (code.find()) {
			return this.directory.find(code.group(1))
				.orElseThrow(
						() -> new InvalidInput("municipality", "registration.municipality.unknownCode", code.group(1)));
		}
		String folded = HungarianFormats.fold(text);
		List<MunicipalitySummary> named = this.directory.search(text, 50)
			.stream()
			.filter((m) -> HungarianFormats.fold(m.name()).equals(folded))
			.toList();
		if (named.size() == 1) {
			return named.get(0);
		}
		if (named.isEmpty()) {
			throw new InvalidInput("municipality", "registration.municipality.unknown");
		}
		throw new InvalidInput("municipality", "registration.municipality.ambiguous");
	}

	private static String stripCode(String text) {
		return KSH_CODE_IN_TEXT.matcher(text.strip()).replaceAll("").strip();
	}

	/**
	 * Enrols in the meeting a registrant whose earlier enrolment failed; answers whether
	 * the meeting took them (or no longer needs to).
	 */
	boolean enrolAgain(ConferenceView conference, long registrationId) {
		lock(conference.id());
		Registration registration = this.registrations.findById(registrationId).orElse(null);
		if (registration == null || !registration.getStatus().holdsPlace()
				|| registration.seat().providerId() != null) {
			return true;
		}
		MeetingSeat seat = enrol(conference.id(), registration);
		if (seat == null) {
			return false;
		}
		registration.useSeat(seat);
		return true;
	}

	private MeetingSeat enrol(long conferenceId, Registration registration) {
		try {
			return this.conferences.enrol(conferenceId,
					new Attendee(registration.getEmail(), registration.getFamilyName(), registration.getGivenName()));
		}
		catch (RuntimeException ex) {
			// Zoom unreachable: the registrant enters through the conference's own link.
			log.warn("Could not enrol registration {} in the meeting: {}", registration.getId(), ex.getMessage());
			return null;
		}
	}

	private void release(long conferenceId, MeetingSeat seat, String email) {
		try {
			this.conferences.release(conferenceId, seat, email);
		}
		catch (RuntimeException ex) {
			log.warn("Could not release a meeting seat of conference {}: {}", conferenceId, ex.getMessage());
		}
	}

	/** Holds the conference's lock row until this transaction ends. */
	void lock(long conferenceId) {
		this.registrations.ensureLockRow(conferenceId);
		this.registrations.lockConference(conferenceId);
	}

	private Registration byPersonalToken(String token) {
		return this.registrations.findByPersonalToken(token)
			.filter((r) -> r.getAnonymisedAt() == null)
			.orElseThrow(NotFound::new);
	}

	private ConferenceView conference(Registration registration) {
		return this.conferences.find(registration.getConferenceId()).orElseThrow(NotFound::new);
	}

	/** The campaign id of a {@code kampany} parameter; anything else is no campaign. */
	static Long campaignId(String campaign) {
		return (campaign != null && campaign.matches("\\d{1,18}")) ? Long.valueOf(campaign) : null;
	}

	static String token() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * The code that verifies an attendance certificate: 144 random bits, short enough to
	 * type from paper.
	 */
	static String certificateCode() {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String trimmedOrNull(String text) {
		return StringUtils.hasText(text) ? text.strip() : null;
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

}
