package hu.gyakorlattar.conference;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.HungarianWorkingDays;
import hu.gyakorlattar.shared.InvalidInput;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The conference and its agenda: the demo conference of the invitation, and the rules an
 * agenda keeps when it is edited or the conference moves.
 */
@ApplicationTest
@RecordApplicationEvents
class ConferenceTests {

	@Autowired
	ConferenceManagement conferences;

	@Autowired
	ApplicationEvents events;

	@Test
	void theInvitationsConferenceIsThereSlotBySlotWithItsSpeakers() {
		ConferenceView conference = this.conferences.past()
			.stream()
			.filter((past) -> past.title().equals("Önkormányzati innovációk és jó gyakorlatok"))
			.findFirst()
			.orElseThrow();

		assertThat(conference.startsAt()).isEqualTo(Instant.parse("2021-06-22T08:00:00Z"));
		assertThat(conference.techHelpFrom()).isEqualTo(Instant.parse("2021-06-22T07:30:00Z"));
		assertThat(conference.moderator().name()).hasToString("Dr. Zongor Gábor");
		assertThat(conference.agenda())
			.extracting((item) -> time(item.startsAt()) + "–" + time(item.endsAt()), AgendaItemView::kind,
					(item) -> item.speakers().stream().map((s) -> s.name().toString()).toList())
			.containsExactly(tuple("9.30–10.00", AgendaItemKind.TECH_HELP, List.of()),
					tuple("10.00–10.25", AgendaItemKind.WELCOME, List.of("Dr. Zongor Gábor")),
					tuple("10.25–10.55", AgendaItemKind.TALK, List.of("Hugyák István")),
					tuple("10.55–11.05", AgendaItemKind.QUESTIONS, List.of()),
					tuple("11.05–11.25", AgendaItemKind.TALK, List.of("Magyar Dániel")),
					tuple("11.25–11.35", AgendaItemKind.QUESTIONS, List.of()),
					tuple("11.35–11.55", AgendaItemKind.TALK, List.of("Dr. Gyergyák Ferenc")),
					tuple("11.55–12.05", AgendaItemKind.QUESTIONS, List.of()),
					tuple("12.05–12.25", AgendaItemKind.TALK, List.of("Simon Erika")),
					tuple("12.25–12.45", AgendaItemKind.QUESTIONS, List.of()),
					tuple("12.45–12.50", AgendaItemKind.CLOSING, List.of("Dr. Zongor Gábor")));
		assertThat(conference.agenda().get(6).speakers().get(0).affiliation())
			.isEqualTo("főtitkár, Települési Önkormányzatok Országos Szövetsége");
		assertThat(conference.agenda().get(4).speakers().get(0).organisation())
			.isEqualTo("Eötvös Loránd Tudományegyetem Innovációs Központ");
	}

	@Test
	void aConferenceOnAWorkingDayThreeWeeksAheadIsOpenForRegistration() {
		Instant now = Instant.now();
		assertThat(this.conferences.upcoming()).anySatisfy((conference) -> {
			assertThat(conference.registrationOpen(now)).isTrue();
			assertThat(Duration.between(now, conference.startsAt())).isBetween(Duration.ofDays(19),
					Duration.ofDays(30));
			assertThat(HungarianWorkingDays
				.isWorkingDay(LocalDate.ofInstant(conference.startsAt(), HungarianFormats.BUDAPEST)))
				.as("a day offices work, never a weekend or a holiday")
				.isTrue();
			assertThat(conference.published()).isTrue();
		});
	}

	@Test
	void agendaSlotsMayNeitherOverlapNorLeaveTheConference() {
		long id = aConference(LocalDate.of(2031, 3, 4));
		this.conferences.addAgendaItem(id, slot("10:00", "10:30", "Köszöntő"));

		assertRefused(() -> this.conferences.addAgendaItem(id, slot("10:15", "10:45", "Átfedő")), "start",
				"conference.agenda.overlaps");
		assertRefused(() -> this.conferences.addAgendaItem(id, slot("9:00", "9:20", "Túl korán")), "start",
				"conference.agenda.outside");
		assertRefused(() -> this.conferences.addAgendaItem(id, slot("12:50", "13:10", "Túl későn")), "start",
				"conference.agenda.outside");
		assertRefused(() -> this.conferences.addAgendaItem(id, slot("11:00", "10:50", "Fordított")), "end",
				"conference.agenda.endBeforeStart");
		// The technical help before the start is part of the conference.
		this.conferences.addAgendaItem(id, new AgendaItemForm(LocalTime.of(9, 30), LocalTime.of(10, 0),
				AgendaItemKind.TECH_HELP, "Technikai segítség", List.of()));
		assertThat(this.conferences.find(id).orElseThrow().agenda()).hasSize(2);
	}

	@Test
	void movingASlotUpSwapsItWithTheOneBeforeKeepingBothLengths() {
		long id = aConference(LocalDate.of(2031, 3, 5));
		this.conferences.addAgendaItem(id, slot("10:00", "10:30", "Első"));
		this.conferences.addAgendaItem(id, slot("10:40", "10:50", "Második"));
		long second = this.conferences.find(id).orElseThrow().agenda().get(1).id();

		this.conferences.moveAgendaItemUp(id, second);

		assertThat(this.conferences.find(id).orElseThrow().agenda())
			.extracting(AgendaItemView::title, (item) -> time(item.startsAt()) + "–" + time(item.endsAt()))
			.containsExactly(tuple("Második", "10.00–10.10"), tuple("Első", "10.20–10.50"));
	}

	@Test
	void reschedulingMovesTheAgendaRaisesTheSequenceAndTellsOtherModules() {
		long id = aConference(LocalDate.of(2031, 3, 6));
		this.conferences.addAgendaItem(id, slot("10:00", "10:30", "Köszöntő"));
		ConferenceForm form = this.conferences.form(id);

		this.conferences.describe(id,
				new ConferenceForm(form.cycleYear(), form.themeId(), form.title(), form.description(),
						LocalDate.of(2031, 3, 7), LocalTime.of(11, 0), LocalTime.of(14, 0), form.techHelpMinutes(),
						form.capacity(), form.registrationOpens(), form.registrationCloses(), null, form.meetingKind(),
						form.meetingUrl()));

		ConferenceView moved = this.conferences.find(id).orElseThrow();
		assertThat(moved.sequence()).isEqualTo(1);
		assertThat(moved.agenda()).singleElement()
			.satisfies((item) -> assertThat(time(item.startsAt()) + " " + HungarianFormats.BUDAPEST.getId() + " "
					+ item.startsAt().atZone(HungarianFormats.BUDAPEST).toLocalDate())
				.isEqualTo("11.00 Europe/Budapest 2031-03-07"));
		assertThat(this.events.stream(ConferenceRescheduled.class)).singleElement()
			.satisfies((event) -> assertThat(event.sequence()).isEqualTo(1));
		assertThat(this.events.stream(ConferenceMeetingChanged.class)).isEmpty();
	}

	@Test
	void aShorterConferenceMustStillHoldItsAgenda() {
		long id = aConference(LocalDate.of(2031, 3, 8));
		this.conferences.addAgendaItem(id, slot("12:00", "12:30", "Zárszó"));
		ConferenceForm form = this.conferences.form(id);

		assertRefused(() -> this.conferences.describe(id,
				new ConferenceForm(form.cycleYear(), form.themeId(), form.title(), form.description(), form.date(),
						form.startTime(), LocalTime.of(12, 0), form.techHelpMinutes(), form.capacity(),
						form.registrationOpens(), form.registrationCloses(), null, form.meetingKind(),
						form.meetingUrl())),
				"endTime", "conference.agenda.wouldNotFit");
	}

	@Test
	void aLinkMeetingNeedsAWebAddressAndRegistrationMustCloseBeforeTheEnd() {
		LocalDate day = LocalDate.of(2031, 4, 1);
		assertRefused(() -> this.conferences.create(form(day, "javascript:alert(1)")), "meetingUrl",
				"conference.meetingUrl.invalid");
		assertRefused(() -> this.conferences.create(form(day, "")), "meetingUrl", "conference.meetingUrl.required");
		ConferenceForm late = form(day, "https://meet.jit.si/x");
		assertRefused(
				() -> this.conferences.create(new ConferenceForm(2021, null, "Késő", "", day, LocalTime.of(10, 0),
						LocalTime.of(13, 0), 30, 100, late.registrationOpens(), day.atTime(14, 0), null,
						MeetingKind.LINK, "https://meet.jit.si/x")),
				"registrationCloses", "conference.registrationCloses.afterEnd");
	}

	private long aConference(LocalDate day) {
		return this.conferences.create(form(day, "https://meet.jit.si/proba")).getId();
	}

	private static ConferenceForm form(LocalDate day, String meetingUrl) {
		return new ConferenceForm(2021, null, "Próbakonferencia", "", day, LocalTime.of(10, 0), LocalTime.of(13, 0), 30,
				100, LocalDateTime.of(2031, 1, 1, 9, 0), day.minusDays(1).atTime(12, 0), null, MeetingKind.LINK,
				meetingUrl);
	}

	private static AgendaItemForm slot(String start, String end, String title) {
		return new AgendaItemForm(LocalTime.parse((start.length() == 4) ? "0" + start : start),
				LocalTime.parse((end.length() == 4) ? "0" + end : end), AgendaItemKind.TALK, title, List.of());
	}

	private static void assertRefused(Runnable action, String field, String messageKey) {
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(action::run).satisfies((refusal) -> {
			assertThat(refusal.field()).isEqualTo(field);
			assertThat(refusal.messageKey()).isEqualTo(messageKey);
		});
	}

	private static String time(Instant instant) {
		LocalTime time = instant.atZone(HungarianFormats.BUDAPEST).toLocalTime();
		return time.getHour() + "." + String.format("%02d", time.getMinute());
	}

}
