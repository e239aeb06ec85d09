package hu.gyakorlattar.conference;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.shared.ApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Visitors read a conference as the invitation presents it, in the list, on its page,
 * through the API and in their calendar; the meeting's own link never shows.
 */
@ApplicationTest
class ConferencePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConferenceManagement conferences;

	@Test
	void aConferenceWithoutAnAgendaYetShowsNoEmptyAgendaHeading() throws Exception {
		LocalDate day = LocalDate.now().plusDays(40);
		long id = ConferencesForRegistrationTests.published(this.conferences, "Program nélküli konferencia", day, 50,
				LocalDateTime.now().minusDays(1), day.minusDays(1).atTime(23, 0));
		this.mvc.perform(get("/esemenyek/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("Program nélküli konferencia"), not(containsString("id=\"program-cim\"")))));
	}

	@Test
	void theConferencePageReadsLikeTheInvitation() throws Exception {
		long id = demoConference2021();
		this.mvc.perform(get("/esemenyek/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("2021. június 22. (kedd) 10.00 órától"),
					containsString("10.00–10.25"), containsString("Köszöntő, bevezető"),
					containsString("Dr. Zongor Gábor"), containsString("Moderátor"), containsString("Hugyák István"),
					containsString("Innovációs és Technológiai Minisztérium, Innovációért Felelős"),
					containsString("Eötvös Loránd Tudományegyetem"), containsString("12.45–12.50"),
					containsString("Ez a konferencia már lezajlott"), not(containsString("us02web.zoom.us")),
					not(containsString("Lóránd")), not(containsString("főtítká")))));
	}

	@Test
	void anOpenConferenceInvitesToRegisterAndNamesTheTechnicalHelp() throws Exception {
		// The demo's conference ahead, on its Jitsi link; other tests' conferences may
		// come sooner.
		ConferenceView upcoming = this.conferences.upcoming()
			.stream()
			.filter((conference) -> conference.title().equals("Jó gyakorlatok az önkormányzati idősellátásban"))
			.findFirst()
			.orElseThrow();
		// The page says "hozzávetőleg 12.30 óráig": the closing words end then.
		assertThat(upcoming.agenda().get(upcoming.agenda().size() - 1).endsAt()).isEqualTo(upcoming.endsAt());
		this.mvc.perform(get("/esemenyek/{id}", upcoming.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/esemenyek/" + upcoming.id() + "/regisztracio"),
					containsString("Regisztrációs határidő"), containsString("böngészőn keresztül is működik"),
					containsString("9.30 órától technikai segítségnyújtás"), not(containsString("meet.jit.si")))));
		this.mvc.perform(get("/esemenyek").param("lang", "en"))
			.andExpect(content().string(allOf(containsString("Upcoming conferences"),
					containsString("Good practices in municipal care for older people"),
					containsString("Past conferences"), containsString("Municipal innovations and good practices"))));
		this.mvc.perform(get("/"))
			.andExpect(content()
				.string(allOf(containsString(upcoming.title()), containsString("/esemenyek/" + upcoming.id()),
						containsString("<p class=\"event-kind\">Tudásprogram-konferencia</p>"))));
	}

	@Test
	void theConferencePageIsATimetableOnANamedPlatformWithItsOwnCalendarEntry() throws Exception {
		long id = demoConference2021();
		this.mvc.perform(get("/esemenyek/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("9.30–10.00"),
					containsString("<em class=\"agenda-title\">A társadalmi innováció szerepe"),
					containsString("class=\"agenda-questions\""), containsString("class=\"agenda-tech_help\""),
					containsString("Online, Zoom virtuális teremben"),
					containsString("/esemenyek/" + id + "/naptar.ics"),
					not(containsString("előtti munkanapon e-mailben küldjük")))));

		byte[] ics = this.mvc.perform(get("/esemenyek/{id}/naptar.ics", id))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		biweekly.component.VEvent event = CalendarFileCheck.onlyEvent(CalendarFileCheck.check(ics));
		assertThat(event.getUid().getValue()).isEqualTo("conference-" + id + "@gyakorlattar");
		CalendarFileCheck.assertPlacedAt(event, java.time.Instant.parse("2021-06-22T08:00:00Z"),
				java.time.Instant.parse("2021-06-22T11:00:00Z"));

		// The demo's conference ahead, on its Jitsi link; other tests' conferences may
		// come sooner.
		ConferenceView upcoming = this.conferences.upcoming()
			.stream()
			.filter((conference) -> conference.title().equals("Jó gyakorlatok az önkormányzati idősellátásban"))
			.findFirst()
			.orElseThrow();
		this.mvc.perform(get("/esemenyek/{id}", upcoming.id()))
			.andExpect(content().string(allOf(containsString("Online, Jitsi Meet virtuális teremben"),
					containsString("A személyes belépési linket a konferencia előtti munkanapon e-mailben küldjük."))));
		this.mvc.perform(get("/esemenyek/{id}", upcoming.id()).param("lang", "en"))
			.andExpect(content().string(allOf(containsString("Online, in a Jitsi Meet meeting room"),
					containsString("Add this conference to my calendar"))));
		this.mvc.perform(get("/esemenyek/999999/naptar.ics")).andExpect(status().isNotFound());
	}

	@Test
	void theHomePageRecallsTheLatestPastConferences() throws Exception {
		ConferenceView latest = this.conferences.past().get(0);
		this.mvc.perform(get("/"))
			.andExpect(content().string(allOf(containsString("Korábbi konferenciák"),
					containsString("href=\"/esemenyek/" + latest.id() + "\""), containsString(latest.title()))));
	}

	@Test
	void anUnpublishedConferenceIsOnlyForAdmins() throws Exception {
		long id = this.conferences
			.create(new ConferenceForm(2021, null, "Titkos tervezet", "", LocalDate.of(2032, 1, 10),
					LocalTime.of(10, 0), LocalTime.of(12, 0), 30, 50, LocalDateTime.of(2032, 1, 1, 9, 0),
					LocalDateTime.of(2032, 1, 9, 9, 0), null, MeetingKind.LINK, "https://meet.jit.si/titok"))
			.getId();
		this.mvc.perform(get("/esemenyek/{id}", id)).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/conferences/{id}", id))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc.perform(get("/esemenyek")).andExpect(content().string(not(containsString("Titkos tervezet"))));
		this.mvc.perform(get("/esemenyek/naptar.ics")).andExpect(content().string(not(containsString("Titkos"))));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void anAdminPreviewsAnUnpublishedConference() throws Exception {
		long id = this.conferences
			.create(new ConferenceForm(2021, null, "Előnézet", "", LocalDate.of(2032, 2, 10), LocalTime.of(10, 0),
					LocalTime.of(12, 0), 30, 50, LocalDateTime.of(2032, 1, 1, 9, 0), LocalDateTime.of(2032, 2, 9, 9, 0),
					null, MeetingKind.LINK, "https://meet.jit.si/elonezet"))
			.getId();
		this.mvc.perform(get("/esemenyek/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("csak az adminisztrátorok látják")));
	}

	@Test
	void theApiGivesTheAgendaWithBudapestOffsets() throws Exception {
		long id = demoConference2021();
		this.mvc.perform(get("/api/conferences/{id}", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Önkormányzati innovációk és jó gyakorlatok"))
			.andExpect(jsonPath("$.startsAt").value("2021-06-22T10:00:00+02:00"))
			.andExpect(jsonPath("$.technicalHelpFrom").value("2021-06-22T09:30:00+02:00"))
			.andExpect(jsonPath("$.moderator.name").value("Dr. Zongor Gábor"))
			.andExpect(jsonPath("$.agenda.length()").value(11))
			.andExpect(jsonPath("$.agenda[2].speakers[0].familyName").value("Hugyák"))
			.andExpect(jsonPath("$.agenda[2].speakers[0].post").value("főosztályvezető"))
			.andExpect(jsonPath("$.agenda[1].kind").value("WELCOME"))
			.andExpect(jsonPath("$.registrationOpen").value(false))
			.andExpect(content().string(not(containsString("zoom.us"))));
		this.mvc.perform(get("/api/conferences"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == %d)].title".formatted(id)).exists());
		this.mvc.perform(get("/api/conferences/999999")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/conferences/abc"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].parameter").value("id"));
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(content()
				.string(allOf(containsString("/api/conferences/{id}"), containsString("ConferenceDocument"))));
	}

	@Test
	void theCalendarFeedPlacesConferencesInBudapestTime() throws Exception {
		byte[] ics = this.mvc.perform(get("/esemenyek/naptar.ics"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		biweekly.ICalendar read = CalendarFileCheck.check(ics);
		assertThat(read.getMethod().getValue()).isEqualTo("PUBLISH");
		biweekly.component.VEvent event = CalendarFileCheck.eventOf(read, demoConference2021());
		CalendarFileCheck.assertPlacedAt(event, java.time.Instant.parse("2021-06-22T08:00:00Z"),
				java.time.Instant.parse("2021-06-22T11:00:00Z"));
		assertThat(event.getSummary().getValue()).isEqualTo("Önkormányzati innovációk és jó gyakorlatok");
		assertThat(event.getUrl().getValue()).endsWith("/esemenyek/" + demoConference2021());
		String feed = new String(ics, java.nio.charset.StandardCharsets.UTF_8).replace("\r\n ", "");
		assertThat(feed)
			.contains("BEGIN:VCALENDAR", "METHOD:PUBLISH", "BEGIN:VTIMEZONE", "TZID:Europe/Budapest",
					"DTSTART;TZID=Europe/Budapest:20210622T100000", "DTEND;TZID=Europe/Budapest:20210622T130000",
					"SUMMARY;LANGUAGE=hu:Önkormányzati innovációk és jó gyakorlatok",
					"UID:conference-" + demoConference2021() + "@gyakorlattar")
			.doesNotContain("zoom.us");
	}

	private long demoConference2021() {
		return this.conferences.past()
			.stream()
			.filter((conference) -> conference.title().equals("Önkormányzati innovációk és jó gyakorlatok"))
			.findFirst()
			.orElseThrow()
			.id();
	}

}
