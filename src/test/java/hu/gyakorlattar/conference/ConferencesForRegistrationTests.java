package hu.gyakorlattar.conference;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import hu.gyakorlattar.shared.HungarianFormats;

/**
 * Conferences as the registration tests need them (a small capacity, a day relative to
 * the test's clock), set up through the conference module's own use cases, and moved or
 * given another meeting as an admin would.
 */
public final class ConferencesForRegistrationTests {

	private ConferencesForRegistrationTests() {
	}

	/** A published conference with a pasted meeting link, 10.00–12.00 on the day. */
	public static long published(ConferenceManagement conferences, String title, LocalDate day, int capacity,
			LocalDateTime registrationOpens, LocalDateTime registrationCloses) {
		return published(conferences, title, day, LocalTime.of(10, 0), LocalTime.of(12, 0), capacity, registrationOpens,
				registrationCloses);
	}

	/**
	 * A published conference in 20 days, 10.00–12.00, whose registration opened yesterday
	 * and closes the day before it, by the test's clock.
	 */
	public static long openForRegistration(ConferenceManagement conferences, Clock clock, String title, int capacity) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), HungarianFormats.BUDAPEST);
		return published(conferences, title, today.plusDays(20), capacity, today.minusDays(1).atTime(9, 0),
				today.plusDays(19).atTime(9, 0));
	}

	/** A published conference with a pasted meeting link, at the given hours. */
	public static long published(ConferenceManagement conferences, String title, LocalDate day, LocalTime start,
			LocalTime end, int capacity, LocalDateTime registrationOpens, LocalDateTime registrationCloses) {
		Conference conference = conferences
			.create(new ConferenceForm(2021, null, title, "", day, start, end, 30, capacity, registrationOpens,
					registrationCloses, null, MeetingKind.LINK, "https://meet.example.hu/" + title.hashCode()));
		conferences.publish(conference.getId());
		return conference.getId();
	}

	/**
	 * A published conference with an English title, 10.00–12.00 on the day, and its talk
	 * at 10.00 titled {@code talk} in Hungarian and {@code talkEn} in English (blank: in
	 * Hungarian only).
	 */
	public static long publishedInEnglish(ConferenceManagement conferences, String title, String titleEn, String talk,
			String talkEn, LocalDate day, LocalDateTime registrationOpens, LocalDateTime registrationCloses) {
		Conference conference = conferences.create(new ConferenceForm(2021, null, title, "", day, LocalTime.of(10, 0),
				LocalTime.of(12, 0), 30, 100, registrationOpens, registrationCloses, null, MeetingKind.LINK,
				"https://meet.example.hu/" + title.hashCode(), titleEn, ""));
		conferences.addAgendaItem(conference.getId(), new AgendaItemForm(LocalTime.of(10, 0), LocalTime.of(10, 30),
				AgendaItemKind.TALK, talk, java.util.List.of(), talkEn));
		conferences.publish(conference.getId());
		return conference.getId();
	}

	/**
	 * A published conference of a programme year's theme, with a pasted meeting link,
	 * 10.00–13.00 on the day, open for registration from now until the given time.
	 */
	public static long publishedInTheme(ConferenceManagement conferences, int year, long themeId, String title,
			LocalDate day, LocalDateTime registrationOpens, LocalDateTime registrationCloses) {
		Conference conference = conferences.create(new ConferenceForm(year, themeId, title, "", day,
				LocalTime.of(10, 0), LocalTime.of(13, 0), 30, 500, registrationOpens, registrationCloses, null,
				MeetingKind.LINK, "https://meet.example.hu/" + title.hashCode()));
		conferences.publish(conference.getId());
		return conference.getId();
	}

	/** The same conference in a Zoom meeting, open for registration from yesterday. */
	public static long publishedOnZoom(ConferenceManagement conferences, String title, LocalDate day,
			LocalDateTime registrationOpens) {
		Conference conference = conferences
			.create(new ConferenceForm(2021, null, title, "", day, LocalTime.of(10, 0), LocalTime.of(12, 0), 30, 100,
					registrationOpens, day.minusDays(1).atTime(9, 0), null, MeetingKind.ZOOM, ""));
		conferences.publish(conference.getId());
		return conference.getId();
	}

	/** An agenda item on the conference's day, without speakers; answers its id. */
	public static long withAgendaItem(ConferenceManagement conferences, long conferenceId, LocalTime start,
			LocalTime end, AgendaItemKind kind, String title) {
		return withAgendaItem(conferences, conferenceId, start, end, kind, title, "");
	}

	/** The same, titled in English too. */
	public static long withAgendaItem(ConferenceManagement conferences, long conferenceId, LocalTime start,
			LocalTime end, AgendaItemKind kind, String title, String titleEn) {
		conferences.addAgendaItem(conferenceId,
				new AgendaItemForm(start, end, kind, title, java.util.List.of(), titleEn));
		return conferences.find(conferenceId)
			.orElseThrow()
			.agenda()
			.stream()
			.filter((item) -> item.title().equals(title))
			.findFirst()
			.orElseThrow()
			.id();
	}

	/**
	 * A person described in Hungarian only, who speaks in the agenda item and moderates
	 * the conference.
	 */
	public static void withSpeakerAndModerator(ConferenceManagement conferences, long conferenceId, long itemId,
			String familyName, String givenName, String post, String organisation, String bio) {
		long person = conferences
			.addPerson(conferenceId, new PersonForm("", familyName, givenName, post, organisation, bio, "", "", ""),
					null)
			.getId();
		AgendaItemForm item = conferences.agendaItemForm(conferenceId, itemId);
		conferences.reviseAgendaItem(conferenceId, itemId, new AgendaItemForm(item.start(), item.end(), item.kind(),
				item.title(), java.util.List.of(person), item.titleEn()));
		ConferenceForm form = conferences.form(conferenceId);
		conferences.describe(conferenceId,
				new ConferenceForm(form.cycleYear(), form.themeId(), form.title(), form.description(), form.date(),
						form.startTime(), form.endTime(), form.techHelpMinutes(), form.capacity(),
						form.registrationOpens(), form.registrationCloses(), person, form.meetingKind(),
						form.meetingUrl(), form.titleEn(), form.descriptionEn()));
	}

	/** After the conference the admin adds a talk's recording link. */
	public static void withRecording(ConferenceManagement conferences, long conferenceId, long itemId,
			String recordingUrl) {
		conferences.addMaterials(conferenceId, itemId, recordingUrl, null);
	}

	/** The same conference, not published. */
	public static long unpublished(ConferenceManagement conferences, String title, LocalDate day) {
		Conference conference = conferences.create(new ConferenceForm(2021, null, title, "", day, LocalTime.of(10, 0),
				LocalTime.of(12, 0), 30, 100, day.minusDays(30).atTime(9, 0), day.minusDays(1).atTime(9, 0), null,
				MeetingKind.LINK, "https://meet.example.hu/rejtett"));
		return conference.getId();
	}

	/** The admin moves the conference to another day (same hours). */
	public static void moveTo(ConferenceManagement conferences, long conferenceId, LocalDate day) {
		ConferenceForm form = conferences.form(conferenceId);
		conferences.describe(conferenceId,
				new ConferenceForm(form.cycleYear(), form.themeId(), form.title(), form.description(), day,
						form.startTime(), form.endTime(), form.techHelpMinutes(), form.capacity(),
						form.registrationOpens(), day.minusDays(1).atTime(9, 0), form.moderatorId(), form.meetingKind(),
						form.meetingUrl()));
	}

	/** The admin changes how many people the conference takes. */
	public static void changeCapacity(ConferenceManagement conferences, long conferenceId, int capacity) {
		ConferenceForm form = conferences.form(conferenceId);
		conferences.describe(conferenceId,
				new ConferenceForm(form.cycleYear(), form.themeId(), form.title(), form.description(), form.date(),
						form.startTime(), form.endTime(), form.techHelpMinutes(), capacity, form.registrationOpens(),
						form.registrationCloses(), form.moderatorId(), form.meetingKind(), form.meetingUrl()));
	}

	/** The admin pastes another meeting link. */
	public static void changeMeeting(ConferenceManagement conferences, long conferenceId, String meetingUrl) {
		ConferenceForm form = conferences.form(conferenceId);
		conferences.describe(conferenceId,
				new ConferenceForm(form.cycleYear(), form.themeId(), form.title(), form.description(), form.date(),
						form.startTime(), form.endTime(), form.techHelpMinutes(), form.capacity(),
						form.registrationOpens(), form.registrationCloses(), form.moderatorId(), form.meetingKind(),
						meetingUrl));
	}

}
