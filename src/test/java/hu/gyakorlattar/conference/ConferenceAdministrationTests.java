package hu.gyakorlattar.conference;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.BrowserForm;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The office sets up a conference through its forms; every form refuses bad input with a
 * message next to the field and keeps what was typed.
 */
@ApplicationTest
@WithMockUser(roles = "ADMIN")
class ConferenceAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConferenceManagement conferences;

	@Test
	void anAdminCreatesAConferenceAddsPeopleAndAnAgendaAndPublishesIt() throws Exception {
		long id = create("Bűnmegelőzés a kistelepüléseken", "2032-05-04");

		this.mvc
			.perform(multipart("/admin/esemenyek/{id}/kozremukodok", id).file(png("photo"))
				.param("prefix", "Dr.")
				.param("familyName", "Kovács")
				.param("givenName", "Anna")
				.param("post", "polgármester")
				.param("organisation", "Példafalva Község Önkormányzata")
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		long anna = this.conferences.people(id).get(0).id();
		assertThat(this.conferences.people(id).get(0).hasPhoto()).isTrue();

		this.mvc
			.perform(post("/admin/esemenyek/{id}/program", id).param("start", "10:00")
				.param("end", "10:30")
				.param("kind", "TALK")
				.param("title", "Polgárőrség és térfigyelés")
				.param("speakerIds", String.valueOf(anna))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/admin/esemenyek/{id}/kozzetetel", id).with(csrf()))
			.andExpect(status().is3xxRedirection());

		ConferenceView conference = this.conferences.find(id).orElseThrow();
		assertThat(conference.published()).isTrue();
		assertThat(conference.agenda()).singleElement()
			.satisfies((item) -> assertThat(item.speakers().get(0).name()).hasToString("Dr. Kovács Anna"));
		this.mvc.perform(get("/esemenyek/{id}/kozremukodok/{p}/foto", id, anna).with(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"));
	}

	@Test
	void theOfficeIsWarnedOfAConferenceOnAPublicHolidayAndSentToItsDate() throws Exception {
		long whitMonday = create("Pünkösdhétfői rendezvény", "2032-05-17");
		long tuesday = create("Keddi rendezvény", "2032-05-18");

		this.mvc.perform(get("/admin/esemenyek/{id}", whitMonday))
			.andExpect(content().string(allOf(containsString("id=\"nem-munkanap\""),
					containsString("A konferencia ideje, 2032. május 17. (hétfő) 10.00, nem munkanapra esik"),
					containsString("<a href=\"#date\">A dátum módosítása</a>"), containsString("id=\"date\""))));
		this.mvc.perform(get("/admin/esemenyek/{id}", tuesday))
			.andExpect(content().string(not(containsString("nem munkanapra esik"))));
	}

	@Test
	void theConferenceFormExplainsEveryMistakeNextToItsField() throws Exception {
		this.mvc
			.perform(post("/admin/esemenyek/uj").param("cycleYear", "2021")
				.param("title", "")
				.param("date", "2032-13-45")
				.param("startTime", "10:00")
				.param("endTime", "9:00")
				.param("techHelpMinutes", "-5")
				.param("capacity", "sok")
				.param("registrationOpens", "2032-01-01T09:00")
				.param("registrationCloses", "2032-01-02T09:00")
				.param("meetingKind", "LINK")
				.param("meetingUrl", "https://meet.jit.si/x")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Kérjük, érvényes dátumot adjon meg"),
					containsString("Kérjük, egész számot adjon meg, számjegyekkel."),
					containsString("aria-invalid=\"true\""))));
		this.mvc.perform(conferenceForm("", "2032-03-03", "techHelpMinutes", "-5", "capacity", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Kérjük, töltse ki ezt a mezőt."),
					containsString("Legalább 0 legyen."), containsString("Legalább 1 legyen."))));

		this.mvc.perform(conferenceForm("Fordított idő", "2032-03-03", "endTime", "9:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A befejezés a kezdés után legyen.")));
		this.mvc
			.perform(conferenceForm("Script <script>alert(1)</script>", "2032-03-03", "meetingUrl",
					"javascript:alert(1)"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("http:// vagy https:// kezdetű webcímet"),
					containsString("Script &lt;script&gt;alert(1)&lt;/script&gt;"),
					not(containsString("<script>alert")))));
		this.mvc.perform(conferenceForm("Zoom nélkül", "2032-03-03", "meetingKind", "ZOOM"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A Zoom-kapcsolat nincs beállítva")));
		this.mvc.perform(conferenceForm("Rossz év", "2032-03-03", "cycleYear", "1999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nincs ilyen programév.")));
	}

	@Test
	void everyMistakeOfTheConferenceFormIsNamedInOneGo() throws Exception {
		String page = this.mvc
			.perform(conferenceForm("", "2032-03-03", "cycleYear", "1999", "endTime", "9:00", "capacity", "0",
					"registrationOpens", "2032-03-02T09:00", "registrationCloses", "2032-03-01T09:00", "meetingUrl",
					"javascript:alert(1)"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Kérjük, töltse ki ezt a mezőt.", "Legalább 1 legyen.", "Nincs ilyen programév.",
				"A befejezés a kezdés után legyen.", "A regisztráció vége a kezdete után legyen.",
				"http:// vagy https:// kezdetű webcímet");

		long id = create("Egyszerre minden hiba", "2032-04-04");
		String saved = this.mvc
			.perform(post("/admin/esemenyek/{id}", id).with(csrf())
				.params(conferenceFormFields("Egyszerre minden hiba", "2032-04-04", "capacity", "sok", "endTime",
						"11:00", "registrationCloses", "2032-04-04T12:00")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(saved).contains("Kérjük, egész számot adjon meg, számjegyekkel.",
				"A regisztráció legkésőbb a konferencia végéig tarthat.", "value=\"2032-04-04T12:00\"",
				"value=\"11:00\"", "value=\"sok\"");
	}

	@Test
	void agendaAndPeopleFormsRefuseBadInputWithAMessage() throws Exception {
		long id = create("Hibás programpontok", "2032-06-06");
		this.mvc
			.perform(post("/admin/esemenyek/{id}/program", id).param("start", "10:00")
				.param("end", "10:30")
				.param("kind", "TALK")
				.param("title", "Első")
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		this.mvc
			.perform(post("/admin/esemenyek/{id}/program", id).param("start", "10:15")
				.param("end", "10:45")
				.param("kind", "TALK")
				.param("title", "Átfedő")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("átfedésben van ezzel a programponttal: „Első”")));
		this.mvc
			.perform(post("/admin/esemenyek/{id}/program", id).param("start", "25:00")
				.param("end", "")
				.param("kind", "NINCS")
				.param("title", "Rossz idő")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kérjük, érvényes időpontot adjon meg")));
		this.mvc
			.perform(post("/admin/esemenyek/{id}/program", id).param("start", "11:00")
				.param("end", "11:30")
				.param("kind", "TALK")
				.param("title", "x".repeat(501))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Legfeljebb 500 karakter lehet.")));
		this.mvc
			.perform(multipart("/admin/esemenyek/{id}/kozremukodok", id)
				.file(new MockMultipartFile("photo", "arckep.png", "image/png",
						"nem kép".getBytes(StandardCharsets.UTF_8)))
				.param("familyName", "Nagy")
				.param("givenName", "")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kérjük, töltse ki ezt a mezőt.")));
		this.mvc
			.perform(multipart("/admin/esemenyek/{id}/kozremukodok", id)
				.file(new MockMultipartFile("photo", "arckep.png", "image/png",
						"nem kép".getBytes(StandardCharsets.UTF_8)))
				.param("familyName", "Nagy")
				.param("givenName", "Béla")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A fénykép PNG vagy JPEG formátumú legyen.")));
		assertThat(this.conferences.people(id)).isEmpty();
	}

	@Test
	void materialsAfterTheConferenceMustBeAWebAddressAndAPdf() throws Exception {
		long id = create("Anyagok", "2032-07-07");
		this.mvc
			.perform(post("/admin/esemenyek/{id}/program", id).param("start", "10:00")
				.param("end", "10:30")
				.param("kind", "TALK")
				.param("title", "Előadás")
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		long item = this.conferences.find(id).orElseThrow().agenda().get(0).id();

		this.mvc
			.perform(multipart("/admin/esemenyek/{id}/program/{item}/anyagok", id, item)
				.file(new MockMultipartFile("slides", "dia.pdf", "application/pdf",
						"<html>nem pdf</html>".getBytes(StandardCharsets.UTF_8)))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A diák PDF-fájlban legyenek.")));
		this.mvc
			.perform(
					multipart("/admin/esemenyek/{id}/program/{item}/anyagok", id, item).param("recordingUrl", "ftp://x")
						.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("http:// vagy https:// kezdetű webcímet")));
		this.mvc.perform(multipart("/admin/esemenyek/{id}/program/{item}/anyagok", id, item)
			.file(new MockMultipartFile("slides", "../../eloadas.pdf", "application/pdf",
					"%PDF-1.4 minta".getBytes(StandardCharsets.UTF_8)))
			.param("recordingUrl", "https://video.example.hu/felvetel")
			.with(csrf())).andExpect(status().is3xxRedirection());

		AgendaItemView withMaterials = this.conferences.find(id).orElseThrow().agenda().get(0);
		assertThat(withMaterials.recordingUrl()).isEqualTo("https://video.example.hu/felvetel");
		assertThat(withMaterials.slidesFilename()).isEqualTo("eloadas.pdf");
	}

	@Test
	void morningTimesAreInputValuesInTheFormsAndHungarianTimesOnThePage() throws Exception {
		this.mvc.perform(conferenceForm("Reggeli kezdés", "2032-08-09", "startTime", "09:05"))
			.andExpect(status().is3xxRedirection());
		long id = this.conferences.all()
			.stream()
			.filter((conference) -> conference.title().equals("Reggeli kezdés"))
			.findFirst()
			.orElseThrow()
			.id();
		this.mvc
			.perform(post("/admin/esemenyek/{id}/program", id).param("start", "09:05")
				.param("end", "09:30")
				.param("kind", "TECH_HELP")
				.param("title", "Technikai segítség")
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		long item = this.conferences.find(id).orElseThrow().agenda().get(0).id();

		this.mvc.perform(get("/admin/esemenyek/{id}", id))
			.andExpect(content().string(allOf(containsString("value=\"09:05\""), containsString("9.05–9.30"),
					not(containsString("value=\"9:05\"")))));
		this.mvc.perform(get("/admin/esemenyek/{id}/program/{item}", id, item))
			.andExpect(content().string(allOf(containsString("value=\"09:05\""), containsString("value=\"09:30\""))));

		// Typed as Hungarian writes it, where a browser offers no time picker.
		long typed = create("Magyarul írt kezdés", "2032-08-10", "startTime", "9.05", "endTime", "11.30");
		this.mvc.perform(get("/admin/esemenyek/{id}", typed))
			.andExpect(content().string(allOf(containsString("value=\"09:05\""), containsString("value=\"11:30\""))));
	}

	/**
	 * A description of several paragraphs keeps them on the public page: its text keeps
	 * the office's line breaks and is shown with them (the {@code prose} style).
	 */
	@Test
	void theDescriptionKeepsItsParagraphsOnThePublicPage() throws Exception {
		long id = create("Bekezdések", "2032-09-16", "description", "Első bekezdés.\n\nMásodik bekezdés.");
		this.mvc.perform(post("/admin/esemenyek/{id}/kozzetetel", id).with(csrf()))
			.andExpect(status().is3xxRedirection());

		String page = this.mvc.perform(get("/esemenyek/{id}", id)).andReturn().getResponse().getContentAsString();

		assertThat(BrowserForm.parse(page).select("main p.prose")).extracting((p) -> p.wholeText())
			.contains("Első bekezdés.\n\nMásodik bekezdés.");
	}

	/**
	 * The invitation letter names a published conference only, so a draft's page says
	 * when one can be written instead of linking to a letter that cannot be saved.
	 */
	@Test
	void anInvitationIsWrittenToAPublishedConference() throws Exception {
		long id = create("Meghívó előtt", "2032-09-15");
		this.mvc.perform(get("/admin/esemenyek/{id}", id))
			.andExpect(content().string(allOf(not(containsString("/admin/meghivok/uj?konferencia=" + id)),
					containsString("Meghívót a közzététel után írhat hozzá"))));

		this.mvc.perform(post("/admin/esemenyek/{id}/kozzetetel", id).with(csrf()))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/admin/esemenyek/{id}", id))
			.andExpect(content().string(allOf(containsString("/admin/meghivok/uj?konferencia=" + id),
					not(containsString("Meghívót a közzététel után írhat hozzá")))));
	}

	/**
	 * Moving the start of a conference with an agenda moves the agenda with it; the page
	 * after saving tells the office by how much, and that the end stayed as typed.
	 */
	@Test
	void movingTheStartMovesTheAgendaAndTheOfficeIsToldSo() throws Exception {
		long id = create("Korábbi kezdés", "2032-09-14");
		this.mvc
			.perform(post("/admin/esemenyek/{id}/program", id).param("start", "10:00")
				.param("end", "10:30")
				.param("kind", "TALK")
				.param("title", "Nyitó előadás")
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		String page = this.mvc.perform(get("/admin/esemenyek/{id}", id)).andReturn().getResponse().getContentAsString();
		BrowserForm form = BrowserForm.posting(page, "/admin/esemenyek/" + id, "/admin/esemenyek/" + id)
			.without("_csrf");

		MockHttpServletResponse saving = this.mvc.perform(form.with("startTime", "09:15").submission().with(csrf()))
			.andExpect(redirectedUrl("/admin/esemenyek/" + id))
			.andReturn()
			.getResponse();

		// The page the browser is sent to, with the session that carries the message.
		this.mvc.perform(get("/admin/esemenyek/{id}", id).cookie(saving.getCookies()))
			.andExpect(content().string(containsString("A változásokat elmentettük. A program a kezdéssel együtt "
					+ "45 perccel korábbra került; a befejezés a megadott időpont maradt.")));
		ConferenceView moved = this.conferences.find(id).orElseThrow();
		assertThat(moved.agenda().get(0).startsAt()).isEqualTo(moved.startsAt());
		assertThat(moved.endsAt()).isEqualTo(java.time.Instant.parse("2032-09-14T10:30:00Z"));

		MvcResult saved = this.mvc.perform(
				form.with("startTime", "09:15").with("title", "Korábbi kezdés, új címmel").submission().with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(saved.getFlashMap().get("flashKey")).as("nothing moved").isEqualTo("admin.saved");
	}

	/**
	 * Besides the knowledge programme's conferences, the office sets up the year's other
	 * events (the final presentations, the award ceremony, an open day). The kind stands
	 * above the title and in the list, in the reader's language, and in the API; the edit
	 * form keeps it. A kind not on the list is refused next to its field and nothing is
	 * saved; a form without one makes a knowledge programme conference.
	 */
	@Test
	void theOfficeSetsUpTheAwardCeremonyAsAnEventOfItsKind() throws Exception {
		this.mvc.perform(conferenceForm("Ismeretlen fajtájú esemény", "2032-11-24", "kind", "GALA"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"kind-error\""),
					containsString("Kérjük, válasszon a felsorolt eseményfajták közül."),
					containsString("<a href=\"#kind\">Az esemény fajtája: "))));
		assertThat(this.conferences.all()).noneMatch((c) -> c.title().equals("Ismeretlen fajtájú esemény"));

		long ceremony = create("Díjátadó 2032", "2032-11-25", "kind", "AWARD_CEREMONY");
		assertThat(this.conferences.find(ceremony).orElseThrow().kind()).isEqualTo(EventKind.AWARD_CEREMONY);
		this.mvc.perform(get("/admin/esemenyek/{id}", ceremony))
			.andExpect(content().string(containsString(
					"<option value=\"AWARD_CEREMONY\" selected=\"selected\">Díjátadó és eredményhirdetés</option>")));
		this.mvc.perform(post("/admin/esemenyek/{id}/kozzetetel", ceremony).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/esemenyek/{id}", ceremony))
			.andExpect(content().string(containsString("<p class=\"event-kind\">Díjátadó és eredményhirdetés</p>")));
		this.mvc.perform(get("/esemenyek/{id}", ceremony).param("lang", "en"))
			.andExpect(content().string(containsString("<p class=\"event-kind\">Award ceremony and results</p>")));
		this.mvc.perform(get("/esemenyek"))
			.andExpect(content().string(containsString("<p class=\"event-kind\">Díjátadó és eredményhirdetés</p>")));
		this.mvc.perform(get("/programev/2021"))
			.andExpect(content().string(containsString(
					"<span>– Díjátadó és eredményhirdetés, 2032. november 25. (csütörtök) 10.00</span>")));
		this.mvc.perform(get("/api/conferences/{id}", ceremony))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.kind")
				.value("AWARD_CEREMONY"));

		assertThat(this.conferences.find(create("Tudásprogram 2032", "2032-11-26")).orElseThrow().kind())
			.isEqualTo(EventKind.KNOWLEDGE_CONFERENCE);
	}

	private long create(String title, String date, String... replaced) throws Exception {
		this.mvc.perform(conferenceForm(title, date, replaced)).andExpect(status().is3xxRedirection());
		return this.conferences.all()
			.stream()
			.filter((conference) -> conference.title().equals(title))
			.findFirst()
			.orElseThrow()
			.id();
	}

	/** A valid conference form, with some fields replaced ({@code name, value, …}). */
	private MockHttpServletRequestBuilder conferenceForm(String title, String date, String... replaced) {
		return post("/admin/esemenyek/uj").with(csrf()).params(conferenceFormFields(title, date, replaced));
	}

	private static MultiValueMap<String, String> conferenceFormFields(String title, String date, String... replaced) {
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		fields.set("cycleYear", "2021");
		fields.set("title", title);
		fields.set("date", date);
		fields.set("startTime", "10:00");
		fields.set("endTime", "12:30");
		fields.set("techHelpMinutes", "30");
		fields.set("capacity", "120");
		fields.set("registrationOpens", "2032-01-01T09:00");
		fields.set("registrationCloses", date + "T08:00");
		fields.set("meetingKind", "LINK");
		fields.set("meetingUrl", "https://meet.jit.si/proba");
		for (int i = 0; i < replaced.length; i += 2) {
			fields.set(replaced[i], replaced[i + 1]);
		}
		return fields;
	}

	private static MockMultipartFile png(String name) {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0 };
		return new MockMultipartFile(name, "arckep.png", "image/png", png);
	}

}
