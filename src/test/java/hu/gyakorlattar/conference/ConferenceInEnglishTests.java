package hu.gyakorlattar.conference;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.BrowserForm;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A conference in English: the title, description, agenda and speakers' posts,
 * organisations and bios in English where the office wrote them, the Hungarian ones
 * marked {@code lang="hu"} where it did not; the office types both side by side, and a
 * bad English field is refused next to it.
 */
@ApplicationTest
class ConferenceInEnglishTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConferenceManagement conferences;

	@Test
	void theSeedConferenceReadsInEnglishOnTheEnglishSite() throws Exception {
		long id = this.conferences.past()
			.stream()
			.filter((conference) -> conference.title().equals("Önkormányzati innovációk és jó gyakorlatok"))
			.findFirst()
			.orElseThrow()
			.id();
		Document page = page("/esemenyek/" + id + "?lang=en");
		assertThat(page.select("h1").text()).isEqualTo("Municipal innovations and good practices");
		assertThat(page.text()).contains("The role and importance of social innovation in today's world")
			.contains("Closing words")
			.contains("The online conference of the 2021 round of the Best Municipal Practices Programme");
		assertThat(page.select(".moderator").text()).isEqualTo(
				"Moderator: Dr. Zongor Gábor, expert, programme coordinator, Best Municipal Practices Programme");
		assertThat(page.select(".speakers li").eachText()).contains(
				"Speaker: Hugyák István, head of department, Ministry for Innovation and Technology, "
						+ "Department for Innovation Implementation and Analysis",
				"Speaker: Simon Erika, deputy mayor, Municipality of Szada "
						+ "She managed the winning entry of the programme's 2020 round.");
		assertThat(page.select("main [lang=hu]")).as("every text of the seed conference has its English version")
			.isEmpty();
		assertThat(page("/esemenyek/" + id + "?lang=hu").select("h1").text())
			.isEqualTo("Önkormányzati innovációk és jó gyakorlatok");
	}

	@Test
	void theOfficeWritesTheEnglishVersionBesideTheHungarianAndWhatItLeftOutIsMarked() throws Exception {
		ConferenceView conference = this.conferences
			.create(new ConferenceForm(2021, null, "Csak magyar cím", "", LocalDate.of(2033, 3, 10),
					LocalTime.of(10, 0), LocalTime.of(12, 0), 30, 100, LocalDateTime.of(2033, 2, 1, 9, 0),
					LocalDateTime.of(2033, 3, 9, 9, 0), null, MeetingKind.LINK, "https://meet.example.hu/angol"))
			.toView();
		String admin = "/admin/esemenyek/" + conference.id();
		MockHttpServletResponse refused = submit(
				editPage(admin).with("titleEn", "x".repeat(301)).with("descriptionEn", "Kept as typed."));
		assertThat(refused.getStatus()).isEqualTo(200);
		Document answer = BrowserForm.parse(refused.getContentAsString(StandardCharsets.UTF_8));
		assertThat(answer.select("#titleEn-error").text()).isNotBlank();
		assertThat(answer.select("#titleEn").attr("lang")).isEqualTo("en");
		assertThat(answer.select("#descriptionEn").text()).isEqualTo("Kept as typed.");

		assertThat(submit(editPage(admin).with("descriptionEn", "An English description.")).getStatus()).isEqualTo(302);
		this.conferences.publish(conference.id());
		Document page = page("/esemenyek/" + conference.id() + "?lang=en");
		assertThat(page.select("h1[lang=hu]").text()).isEqualTo("Csak magyar cím");
		assertThat(page.text()).contains("An English description.");
	}

	@Test
	void theOfficeDescribesASpeakerInBothLanguagesAndABadEnglishFieldIsRefusedBesideIt() throws Exception {
		long id = ConferencesForRegistrationTests.unpublished(this.conferences, "Előadók két nyelven",
				LocalDate.of(2033, 3, 11));
		String admin = "/admin/esemenyek/" + id;
		BrowserForm newSpeaker = BrowserForm.posting(html(admin), admin, admin + "/kozremukodok")
			.without("_csrf")
			.with("familyName", "Kétnyelvű")
			.with("givenName", "Anna")
			.with("post", "polgármester")
			.with("organisation", "Angolfalva Község Önkormányzata")
			.with("bio", "Húsz éve vezeti a községet.")
			.with("bioEn", "She has led the village – “Angolfalva” – for twenty years.");

		MockHttpServletResponse refused = submit(newSpeaker.with("postEn", "m".repeat(301)));
		assertThat(refused.getStatus()).isEqualTo(200);
		Document answer = BrowserForm.parse(refused.getContentAsString(StandardCharsets.UTF_8));
		assertThat(answer.select("#postEn-error").text()).isNotBlank();
		assertThat(answer.select("#postEn").attr("lang")).isEqualTo("en");
		assertThat(answer.select("#familyName").val()).isEqualTo("Kétnyelvű");
		assertThat(answer.select("#bioEn").text())
			.isEqualTo("She has led the village – “Angolfalva” – for twenty years.");
		assertThat(this.conferences.people(id)).isEmpty();

		assertThat(submit(newSpeaker.with("postEn", "mayor")).getStatus()).isEqualTo(302);
		long speaker = this.conferences.people(id).get(0).id();
		this.conferences.addAgendaItem(id, new AgendaItemForm(LocalTime.of(10, 0), LocalTime.of(10, 30),
				AgendaItemKind.TALK, "Egy község húsz éve", List.of(speaker), "Twenty years of a village"));
		this.conferences.publish(id);
		Document english = page("/esemenyek/" + id + "?lang=en");
		assertThat(english.select(".speakers li").text()).isEqualTo("Speaker: Kétnyelvű Anna, mayor, "
				+ "Angolfalva Község Önkormányzata She has led the village – “Angolfalva” – for twenty years.");
		assertThat(english.select(".speakers [lang=hu]").eachText()).containsExactly("Angolfalva Község Önkormányzata");
		Document hungarian = page("/esemenyek/" + id + "?lang=hu");
		assertThat(hungarian.select(".speakers li").text()).isEqualTo(
				"Előadó: Kétnyelvű Anna, polgármester, Angolfalva Község Önkormányzata Húsz éve vezeti a községet.");

		String edit = admin + "/kozremukodok/" + speaker;
		MockHttpServletResponse tooLong = submit(BrowserForm.posting(html(edit), edit, edit)
			.without("_csrf")
			.with("postEn", "deputy mayor")
			.with("bioEn", "b".repeat(3001)));
		assertThat(tooLong.getStatus()).isEqualTo(200);
		Document kept = BrowserForm.parse(tooLong.getContentAsString(StandardCharsets.UTF_8));
		assertThat(kept.select("#bioEn-error").text()).isNotBlank();
		assertThat(kept.select("#postEn").val()).isEqualTo("deputy mayor");
		assertThat(page("/esemenyek/" + id + "?lang=en").select(".speakers li").text())
			.as("the saved speaker is as it was")
			.startsWith("Speaker: Kétnyelvű Anna, mayor, ");
	}

	/**
	 * The API in the practice API's shape: each text in English where the office wrote
	 * it, in Hungarian where it did not, {@code language} naming a title's language and
	 * {@code english} the English versions as written; Hungarian by default and for a
	 * language the site does not speak.
	 */
	@Test
	void theApiAnswersInTheLanguageAskedAndSaysWhichLanguageATextCameIn() throws Exception {
		ConferenceView conference = this.conferences
			.create(new ConferenceForm(2021, null, "Kétnyelvű API", "Leírás csak magyarul.", LocalDate.of(2033, 3, 12),
					LocalTime.of(10, 0), LocalTime.of(12, 0), 30, 100, LocalDateTime.of(2033, 2, 1, 9, 0),
					LocalDateTime.of(2033, 3, 11, 9, 0), null, MeetingKind.LINK, "https://meet.example.hu/api-angol",
					"A bilingual API", ""))
			.toView();
		long id = conference.id();
		long speaker = this.conferences
			.addPerson(id,
					new PersonForm("", "Apis", "Ágnes", "jegyző", "Apifalva Község Önkormányzata", "", "town clerk", "",
							""),
					null)
			.getId();
		this.conferences.addAgendaItem(id, new AgendaItemForm(LocalTime.of(10, 0), LocalTime.of(10, 30),
				AgendaItemKind.TALK, "Nyitott adatok", List.of(speaker), "Open data"));
		this.conferences.addAgendaItem(id, new AgendaItemForm(LocalTime.of(10, 30), LocalTime.of(11, 0),
				AgendaItemKind.TALK, "Zárszó", List.of()));
		this.conferences.publish(id);

		this.mvc.perform(get("/api/conferences/{id}", id).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.language").value("en"))
			.andExpect(jsonPath("$.title").value("A bilingual API"))
			.andExpect(jsonPath("$.description").value("Leírás csak magyarul."))
			.andExpect(jsonPath("$.english.title").value("A bilingual API"))
			.andExpect(jsonPath("$.english.description").value(nullValue()))
			.andExpect(jsonPath("$.agenda[0].language").value("en"))
			.andExpect(jsonPath("$.agenda[0].title").value("Open data"))
			.andExpect(jsonPath("$.agenda[0].speakers[0].post").value("town clerk"))
			.andExpect(jsonPath("$.agenda[0].speakers[0].organisation").value("Apifalva Község Önkormányzata"))
			.andExpect(jsonPath("$.agenda[0].speakers[0].english.post").value("town clerk"))
			.andExpect(jsonPath("$.agenda[0].speakers[0].english.organisation").value(nullValue()))
			.andExpect(jsonPath("$.agenda[1].language").value("hu"))
			.andExpect(jsonPath("$.agenda[1].title").value("Zárszó"))
			.andExpect(jsonPath("$.agenda[1].english").value(nullValue()));
		this.mvc.perform(get("/api/conferences").param("lang", "en"))
			.andExpect(jsonPath("$[?(@.id == %d)].title".formatted(id)).value(hasItem("A bilingual API")));

		String hungarianOne = "/api/conferences/" + id;
		for (var hungarian : List.of(get(hungarianOne), get(hungarianOne).param("lang", "hu"),
				get(hungarianOne).param("lang", "de"), get(hungarianOne).param("lang", ""))) {
			this.mvc.perform(hungarian)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.language").value("hu"))
				.andExpect(jsonPath("$.title").value("Kétnyelvű API"))
				.andExpect(jsonPath("$.english.title").value("A bilingual API"))
				.andExpect(jsonPath("$.agenda[0].language").value("hu"))
				.andExpect(jsonPath("$.agenda[0].title").value("Nyitott adatok"))
				.andExpect(jsonPath("$.agenda[0].english.title").value("Open data"))
				.andExpect(jsonPath("$.agenda[0].speakers[0].post").value("jegyző"));
		}
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(content().string(
					allOf(containsString("EnglishConferenceDocument"), containsString("any other value means hu"))));
	}

	private String html(String url) throws Exception {
		return this.mvc.perform(get(url).with(user("angol-konferencia@example.hu").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private Document page(String url) throws Exception {
		return BrowserForm.parse(html(url));
	}

	private BrowserForm editPage(String url) throws Exception {
		return BrowserForm.posting(html(url), url, url).without("_csrf");
	}

	private MockHttpServletResponse submit(BrowserForm form) throws Exception {
		return this.mvc
			.perform(form.submission().with(csrf()).with(user("angol-konferencia@example.hu").roles("ADMIN")))
			.andReturn()
			.getResponse();
	}

}
