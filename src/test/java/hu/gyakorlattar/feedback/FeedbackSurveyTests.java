package hu.gyakorlattar.feedback;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.conference.AgendaItemKind;
import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferencesForRegistrationTests;
import hu.gyakorlattar.practice.PracticeManagement;
import hu.gyakorlattar.practice.PracticeTitle;
import hu.gyakorlattar.registration.AttendeesForTests;
import hu.gyakorlattar.registration.RegistrantsForQuestionsTests;
import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.ExcelAsRead;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The survey after a conference as attendees and the programme office use it: answering
 * through the personal link (every bad input refused beside its field, answers changed
 * rather than doubled), who may not answer and when, and the office's summary and
 * exports. Conferences are placed in the past (or the future) of the real clock.
 */
@ApplicationTest
class FeedbackSurveyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConferenceManagement conferences;

	@Autowired
	PracticeManagement practices;

	@Autowired
	SurveyResponseRepository responses;

	@Autowired
	FeedbackManagement feedback;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ApplicationContext context;

	@Autowired
	Clock clock;

	@Test
	void anAttendeeAnswersAndEveryBadInputIsRefusedBesideItsField() throws Exception {
		Fixture f = conference("Visszajelzős konferencia", -1);
		String token = AttendeesForTests.attended(this.context, f.id(), "Kiss", "Katalin");
		PracticeTitle practice = this.practices.publishedTitles().get(0);

		this.mvc.perform(get("/regisztraciom/{t}", token))
			.andExpect(content().string(containsString("/regisztraciom/" + token + "/visszajelzes")));
		this.mvc.perform(get("/regisztraciom/{t}/visszajelzes", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Okos falu")))
			.andExpect(content().string(containsString("name=\"rating-" + f.talk() + "\"")))
			.andExpect(content().string(containsString("name=\"rating-" + f.secondTalk() + "\"")))
			// The Q&A block is no talk: nothing to rate.
			.andExpect(content().string(not(containsString("name=\"rating-" + f.block() + "\""))));

		submit(answer(token).param("rating-" + f.talk(), "7")
			.param("rating-" + f.secondTalk(), "abc")
			.param("comment", "x".repeat(2001))
			.param("practiceId", "999999999")
			.param("practiceText", "y".repeat(301))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"rating-" + f.talk() + "-error\"")))
			.andExpect(content().string(containsString("id=\"rating-" + f.secondTalk() + "-error\"")))
			.andExpect(content().string(containsString("Kérjük, 1 és 5 közötti értékelést válasszon")))
			.andExpect(content().string(containsString("id=\"comment-error\"")))
			.andExpect(content().string(containsString("Legfeljebb 2000 karakter lehet.")))
			.andExpect(content().string(containsString("id=\"practiceId-error\"")))
			.andExpect(content().string(containsString("Ez a gyakorlat nincs a tudásbázisban")))
			.andExpect(content().string(containsString("id=\"practiceText-error\"")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		submit(answer(token).param("practiceId", "<script>")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Ez a gyakorlat nincs a tudásbázisban")));
		submit(answer(token).param("practiceId", String.valueOf(practice.id())).param("practiceText", "Saját ötlet"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("vagy írja le saját szavaival – a kettőt egyszerre ne")));
		submit(answer(token).param("comment", "   ").param("rating-" + f.talk(), "")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Kérjük, válaszoljon legalább egy kérdésre.")));
		// Without the CSRF token nothing is taken.
		this.mvc.perform(post("/regisztraciom/{t}/visszajelzes", token).param("comment", "Jó volt"))
			.andExpect(status().isForbidden());
		assertThat(this.responses.findByConferenceIdOrderBySubmittedAtAscIdAsc(f.id())).isEmpty();

		submit(answer(token).param("rating-" + f.talk(), "5")
			.param("rating-" + f.secondTalk(), "4")
			.param("rating-999999", "9")
			.param("comment", "<script>alert(1)</script> Nagyon <b>hasznos</b> volt.")
			.param("practiceId", String.valueOf(practice.id())))
			.andExpect(redirectedUrl("/regisztraciom/" + token + "/visszajelzes"))
			.andExpect(flash().attribute("flashKey", "feedback.saved"));
		this.mvc.perform(get("/regisztraciom/{t}/visszajelzes", token))
			.andExpect(
					content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt; Nagyon &lt;b&gt;hasznos")))
			.andExpect(content().string(not(containsString("<b>hasznos</b>"))))
			.andExpect(content().string(containsString("Válaszaim módosítása")));

		// Answering again changes the one response.
		submit(answer(token).param("rating-" + f.talk(), "3").param("practiceText", "Falugondnoki hálózat"))
			.andExpect(status().is3xxRedirection());
		List<SurveyResponse> stored = this.responses.findByConferenceIdOrderBySubmittedAtAscIdAsc(f.id());
		assertThat(stored).hasSize(1);
		assertThat(stored.get(0).getRatings()).containsExactlyEntriesOf(Map.of(f.talk(), (short) 3));
		assertThat(stored.get(0).getComment()).isNull();
		assertThat(stored.get(0).getPracticeId()).isNull();
		assertThat(stored.get(0).getPracticeText()).isEqualTo("Falugondnoki hálózat");
	}

	@Test
	void twoSubmissionsAtOnceKeepOneResponse() throws Exception {
		Fixture f = conference("Dupla kattintás", -1);
		String token = AttendeesForTests.attended(this.context, f.id(), "Gyors", "Gábor");
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> submissions = new ArrayList<>();
			for (int i = 1; i <= 4; i++) {
				SurveyForm form = new SurveyForm(Map.of(f.talk(), String.valueOf(i)), "Válasz " + i, "", "");
				submissions.add(threads.submit(
						() -> this.transaction.executeWithoutResult((status) -> this.feedback.answer(token, form))));
			}
			for (Future<?> submission : submissions) {
				submission.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(this.responses.findByConferenceIdOrderBySubmittedAtAscIdAsc(f.id())).singleElement()
			.satisfies((response) -> assertThat(response.getComment()).startsWith("Válasz "));
	}

	@Test
	void onlyAttendeesAnswerAndOnlyWhileTheSurveyIsOpen() throws Exception {
		Fixture past = conference("Lezárt kérdőív", -1);
		String missed = RegistrantsForQuestionsTests.confirmed(this.context, past.id(), "Távol", "Tamás");
		this.mvc.perform(get("/regisztraciom/{t}/visszajelzes", missed))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("azok tölthetik ki, akik részt vettek")))
			.andExpect(content().string(not(containsString("<form"))));
		submit(answer(missed).param("comment", "Mégis")).andExpect(status().isOk())
			.andExpect(content().string(containsString("azok tölthetik ki, akik részt vettek")));
		this.mvc.perform(get("/regisztraciom/{t}", missed))
			.andExpect(content().string(not(containsString("/visszajelzes"))));

		Fixture future = conference("Jövőbeli kérdőív", 5);
		String early = AttendeesForTests.attended(this.context, future.id(), "Korai", "Kata");
		this.mvc.perform(get("/regisztraciom/{t}/visszajelzes", early))
			.andExpect(content().string(containsString("A kérdőív a konferencia végén nyílik meg.")));
		submit(answer(early).param("comment", "Előre")).andExpect(status().isOk())
			.andExpect(content().string(containsString("A kérdőív a konferencia végén nyílik meg.")));

		Fixture old = conference("Régi kérdőív", -20);
		String late = AttendeesForTests.attended(this.context, old.id(), "Késő", "Károly");
		this.mvc.perform(get("/regisztraciom/{t}/visszajelzes", late))
			.andExpect(content().string(containsString("lezárult")));
		submit(answer(late).param("comment", "Későn")).andExpect(status().isOk())
			.andExpect(content().string(containsString("lezárult")));
		assertThat(this.feedback.surveyPath(old.id(), late)).isEmpty();
		assertThat(this.feedback.surveyPath(past.id(), missed)).contains("/regisztraciom/" + missed + "/visszajelzes");

		for (long id : List.of(past.id(), future.id(), old.id())) {
			assertThat(this.responses.findByConferenceIdOrderBySubmittedAtAscIdAsc(id)).isEmpty();
		}

		// A forged link: a clear page, nothing taken.
		this.mvc.perform(get("/regisztraciom/{t}/visszajelzes", "hamisitott"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Ez a link nem érvényes")));
		submit(answer("x".repeat(300)).param("comment", "Hamis")).andExpect(status().isNotFound());
	}

	@Test
	void theOfficeSeesTheSummaryAndExportsItForExcel() throws Exception {
		Fixture f = conference("Összesített konferencia", -2);
		PracticeTitle practice = this.practices.publishedTitles().get(0);
		String first = AttendeesForTests.attended(this.context, f.id(), "Első", "Erika");
		String second = AttendeesForTests.attended(this.context, f.id(), "Második", "Márton");
		AttendeesForTests.attended(this.context, f.id(), "Harmadik", "Hanna");
		RegistrantsForQuestionsTests.confirmed(this.context, f.id(), "Negyedik", "Nándor");
		submit(answer(first).param("rating-" + f.talk(), "5")
			.param("rating-" + f.secondTalk(), "2")
			.param("comment", "Nagyon hasznos; köszönöm")
			.param("practiceId", String.valueOf(practice.id()))).andExpect(status().is3xxRedirection());
		submit(answer(second).param("rating-" + f.talk(), "4").param("practiceText", "Falugondnoki hálózat"))
			.andExpect(status().is3xxRedirection());

		String page = this.mvc.perform(get("/admin/esemenyek/{id}/visszajelzesek", f.id()).with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("2 válasz 3 résztvevőtől")
			.contains("4,5")
			.contains("2,0")
			.contains("Nagyon hasznos; köszönöm")
			.contains(practice.title())
			.contains("href=\"/gyakorlatok/" + practice.slug() + "\"")
			.contains("Falugondnoki hálózat")
			.contains("nyitva");

		byte[] csv = this.mvc.perform(get("/admin/esemenyek/{id}/visszajelzesek.csv", f.id()).with(admin()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(csv, StandardCharsets.UTF_8).substring(1);
		assertThat(text).startsWith("Kitöltve;Okos falu;Tanoda délután;Vélemény;Átvenné gyakorlat\r\n")
			.contains(";5;2;\"Nagyon hasznos; köszönöm\";" + practice.title())
			.contains(";4;;;Falugondnoki hálózat")
			.doesNotContain("Erika")
			.doesNotContain("Márton");

		byte[] xlsx = this.mvc.perform(get("/admin/esemenyek/{id}/visszajelzesek.xlsx", f.id()).with(admin()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("visszajelzesek-" + f.id() + ".xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Sheet> sheets = workbook.getSheets().toList();
			assertThat(sheets).extracting(Sheet::getName).containsExactly("Összesítés", "Válaszok");
			List<Row> talks = sheets.get(0).read();
			assertThat(talks.get(0).getCellText(2)).isEqualTo("Átlag");
			assertThat(talks.get(1).getCellText(0)).isEqualTo("Okos falu");
			assertThat(talks.get(1).getCellAsNumber(2))
				.hasValueSatisfying((mean) -> assertThat(mean).isEqualByComparingTo(new BigDecimal("4.5")));
			assertThat(talks.get(1).getCellAsNumber(7))
				.hasValueSatisfying((fives) -> assertThat(fives).isEqualByComparingTo(BigDecimal.ONE));
			assertThat(sheets.get(1).read()).hasSize(3);
		}
		ExcelAsRead.ExcelDate answeredAt = ExcelAsRead.date(xlsx, 1, 1, "Kitöltve");
		assertThat(Duration.between(answeredAt.value(), LocalDateTime.now(HungarianFormats.BUDAPEST)).abs())
			.isLessThan(Duration.ofMinutes(10));
		assertThat(answeredAt.shown())
			.isEqualTo(DateTimeFormatter.ofPattern("yyyy. MM. dd. HH:mm").format(answeredAt.value()));

		// Only the office.
		this.mvc.perform(get("/admin/esemenyek/{id}/visszajelzesek", f.id())).andExpect(status().is3xxRedirection());
		this.mvc
			.perform(get("/admin/esemenyek/{id}/visszajelzesek.csv", f.id())
				.with(user("palyazo@example.hu").roles("APPLICANT")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/esemenyek/{id}/visszajelzesek", 987654321L).with(admin()))
			.andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder answer(String token) {
		return post("/regisztraciom/{t}/visszajelzes", token).with(csrf());
	}

	private ResultActions submit(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request);
	}

	private static RequestPostProcessor admin() {
		return user("admin@example.hu").roles("ADMIN");
	}

	/** A published conference {@code days} from today, with two talks and a Q&A block. */
	private Fixture conference(String title, int days) {
		LocalDate day = LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST).plusDays(days);
		long id = this.transaction.execute((status) -> ConferencesForRegistrationTests.published(this.conferences,
				title, day, 100, day.minusDays(30).atTime(9, 0), day.minusDays(1).atTime(9, 0)));
		long talk = ConferencesForRegistrationTests.withAgendaItem(this.conferences, id, LocalTime.of(10, 0),
				LocalTime.of(10, 30), AgendaItemKind.TALK, "Okos falu");
		long secondTalk = ConferencesForRegistrationTests.withAgendaItem(this.conferences, id, LocalTime.of(10, 30),
				LocalTime.of(11, 0), AgendaItemKind.TALK, "Tanoda délután");
		long block = ConferencesForRegistrationTests.withAgendaItem(this.conferences, id, LocalTime.of(11, 0),
				LocalTime.of(11, 15), AgendaItemKind.QUESTIONS, "Kérdések, válaszok, felvetések");
		return new Fixture(id, talk, secondTalk, block);
	}

	record Fixture(long id, long talk, long secondTalk, long block) {

	}

}
