package hu.gyakorlattar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import hu.gyakorlattar.call.CallManagement;
import hu.gyakorlattar.call.CallsForTests;
import hu.gyakorlattar.conference.AgendaItemKind;
import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferencesForRegistrationTests;
import hu.gyakorlattar.practice.PracticesForTests;
import hu.gyakorlattar.practice.PublishedPractice;
import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.programme.ThemesForTests;
import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.BrowserForm;
import hu.gyakorlattar.transfer.TransferStatus;
import hu.gyakorlattar.transfer.TransfersForTests;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The class check of WCAG 3.1.2 on the English site: content written in Hungarian only (a
 * theme, its call, a conference, its talk and its speaker's post, organisation and bio, a
 * practice taken up elsewhere with the adopter's plan and its indicators' names and
 * units, each with the marker {@value #MARKER}) is shown on every public page, every page
 * of a registrant, the office's page of the conference and every conference-day page of
 * the office that prints it, and every text of it sits inside an element marked
 * {@code lang="hu"} — a page that prints content with {@code th:text} instead of
 * {@code gy:text}, {@code gy:message} or {@code gy:hungarian} fails here. The document's
 * {@code <title>} is left out: it cannot hold markup.
 */
@ApplicationTest
class HungarianFallbacksOnTheEnglishSiteTests {

	static final String MARKER = "Csakmagyar";

	@Autowired
	MockMvc mvc;

	@Autowired
	ProgrammeManagement programme;

	@Autowired
	CallManagement calls;

	@Autowired
	ConferenceManagement conferences;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void everyHungarianOnlyTextOnAnEnglishPageIsMarkedHungarian() throws Exception {
		LocalDateTime now = LocalDateTime.now().withSecond(0).withNano(0);
		// A year before the demo's, so that the home page keeps presenting the latest
		// one.
		int year = 2012;
		long themeId = ThemesForTests.theme(this.programme, year, MARKER + " témakör");
		long callId = CallsForTests.publishedFor(this.calls, themeId, "Felhívás: " + MARKER, now.minusDays(1),
				now.plusDays(30));
		LocalDate day = LocalDate.now().plusDays(20);
		long conferenceId = ConferencesForRegistrationTests.publishedInTheme(this.conferences, year, themeId,
				MARKER + " konferencia", day, now.minusDays(1), day.minusDays(1).atTime(9, 0));
		long talk = ConferencesForRegistrationTests.withAgendaItem(this.conferences, conferenceId, LocalTime.of(10, 0),
				LocalTime.of(10, 30), AgendaItemKind.TALK, MARKER + " előadás");
		ConferencesForRegistrationTests.withSpeakerAndModerator(this.conferences, conferenceId, talk, "Fallback",
				"Ferenc", MARKER + " beosztás", MARKER + " szervezet", MARKER + " bemutatkozás");
		this.mvc
			.perform(post("/esemenyek/{id}/regisztracio", conferenceId).with(csrf())
				.param("lang", "en")
				.param("familyName", "Fallback")
				.param("givenName", "Fiona")
				.param("email", "fiona.fallback@example.org")
				.param("post", "researcher")
				.param("organisation", "University of Example")
				.param("privacyNoticeAccepted", "true")
				.param("listConsent", "true"))
			.andReturn();
		String token = this.jdbc.queryForObject(
				"select personal_token from registration where conference_id = ? and email = ?", String.class,
				conferenceId, "fiona.fallback@example.org");
		String joinToken = this.jdbc.queryForObject("select join_token from registration where personal_token = ?",
				String.class, token);

		List<String> pages = List.of("/", "/programev/" + year, "/felhivasok?ev=" + year, "/felhivasok/" + callId,
				"/esemenyek", "/esemenyek/" + conferenceId, "/esemenyek/" + conferenceId + "/regisztracio",
				"/esemenyek/" + conferenceId + "/resztvevok", "/regisztraciom/" + token,
				"/regisztraciom/" + token + "/adatok", "/regisztraciom/" + token + "/lemondas",
				"/regisztraciom/" + token + "/torles", "/regisztraciom/" + token + "/kerdesek",
				"/regisztraciom/" + token + "/visszajelzes", "/j/" + joinToken);
		PublishedPractice practice = PracticesForTests.published(this.context, year, themeId, MARKER + " gyakorlat",
				"27854");
		TransfersForTests.indicators(this.context, practice.id(), MARKER + " háztartások", MARKER + "egység",
				"Heti ebédadag", "adag");
		long transfer = TransfersForTests.started(this.context, practice, "17109", MARKER + " terv.", "Átvevő Anna",
				"fallback-adopter@example.hu");
		TransfersForTests.reported(this.context, transfer, 6, TransferStatus.RUNNING, "38", "120");
		List<String> impactPages = List.of("/hatas/" + year, "/hatas/terkep?tema=" + themeId,
				"/gyakorlatok/" + practice.slug());
		String office = "/admin/esemenyek/" + conferenceId;
		List<String> officePages = List.of(office, office + "/kerdesek", office + "/kerdesek/kivetito",
				office + "/levezetes", office + "/visszajelzesek", office + "/kerdesek/gyakorlatok");
		try {
			assertEveryHungarianOnlyTextIsMarked(
					Stream.of(pages, impactPages, officePages).flatMap(List::stream).toList(), pages.size());
		}
		finally {
			PracticesForTests.withdrawn(this.context, practice.id());
		}
	}

	private void assertEveryHungarianOnlyTextIsMarked(List<String> paths, int atLeast) throws Exception {
		List<String> unmarked = new ArrayList<>();
		int shown = 0;
		for (String path : paths) {
			Document page = BrowserForm.parse(this.mvc
				.perform(get(path).param("lang", "en").with(user("fallback-office@example.hu").roles("ADMIN")))
				.andReturn()
				.getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
			assertThat(page.select("html").attr("lang")).as(path).isEqualTo("en");
			for (TextNode text : hungarianOnly(page.body())) {
				shown++;
				Element marked = text.parent().closest("[lang]");
				if (marked == null || !marked.attr("lang").equals("hu")) {
					unmarked.add(path + ": " + text.parent().outerHtml());
				}
			}
		}
		assertThat(shown).as("texts with the marker shown on the pages").isGreaterThan(atLeast);
		assertThat(unmarked).as("Hungarian-only content not marked lang=\"hu\"").isEmpty();
	}

	private static List<TextNode> hungarianOnly(Element body) {
		List<TextNode> found = new ArrayList<>();
		NodeTraversor.traverse((node, depth) -> {
			if (node instanceof TextNode text && text.text().contains(MARKER)) {
				found.add(text);
			}
		}, body);
		return found;
	}

}
