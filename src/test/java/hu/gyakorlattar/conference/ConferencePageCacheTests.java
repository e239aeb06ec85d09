package hu.gyakorlattar.conference;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.registration.RegistrantsForQuestionsTests;
import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public conference page comes from memory with its ETag and Last-Modified: a browser
 * asking whether an unchanged page changed gets a 304, an edit shows at once, a changed
 * page never answers 304, registrations show within a second, and a browser that accepts
 * gzip gets the page compressed once for everyone.
 */
@ApplicationTest
class ConferencePageCacheTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConferenceManagement conferences;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ApplicationContext context;

	@Autowired
	Clock clock;

	@Test
	void anUnchangedPageAnswersAConditionalRequestWithNotModified() throws Exception {
		long id = conference("Változatlan oldal");
		MockHttpServletResponse first = page(id);
		assertThat(first.getHeader("ETag")).isNotBlank();
		assertThat(first.getHeader("Last-Modified")).isNotBlank();
		assertThat(first.getHeader("Cache-Control")).contains("no-cache").doesNotContain("no-store");

		this.mvc.perform(get("/esemenyek/{id}", id).header("If-None-Match", first.getHeader("ETag")))
			.andExpect(status().isNotModified())
			.andExpect(content().string(""));
		this.mvc.perform(get("/esemenyek/{id}", id).header("If-Modified-Since", first.getHeader("Last-Modified")))
			.andExpect(status().isNotModified());
		// The English page is another page.
		this.mvc
			.perform(get("/esemenyek/{id}", id).param("lang", "en").header("If-None-Match", first.getHeader("ETag")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Register")));
	}

	@Test
	void anEditShowsAtOnceAndTheChangedPageNeverAnswersNotModified() throws Exception {
		long id = conference("Szerkesztett oldal");
		MockHttpServletResponse before = page(id);
		assertThat(before.getContentAsString()).contains("Még 100 hely szabad a 100 férőhelyből.");

		ConferencesForRegistrationTests.changeCapacity(this.conferences, id, 120);
		MockHttpServletResponse afterCapacity = this.mvc
			.perform(get("/esemenyek/{id}", id).header("If-None-Match", before.getHeader("ETag"))
				.header("If-Modified-Since", before.getHeader("Last-Modified")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Még 120 hely szabad a 120 férőhelyből.")))
			.andReturn()
			.getResponse();
		assertThat(afterCapacity.getHeader("ETag")).isNotEqualTo(before.getHeader("ETag"));
		assertThat(afterCapacity.getDateHeader("Last-Modified")).isGreaterThan(before.getDateHeader("Last-Modified"));

		ConferencesForRegistrationTests.withAgendaItem(this.conferences, id, LocalTime.of(10, 0), LocalTime.of(10, 30),
				AgendaItemKind.TALK, "Frissen felvett előadás");
		this.mvc
			.perform(get("/esemenyek/{id}", id).header("If-None-Match", afterCapacity.getHeader("ETag"))
				.header("If-Modified-Since", afterCapacity.getHeader("Last-Modified")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Frissen felvett előadás")));
	}

	@Test
	void aSpeakersNewDescriptionShowsAtOnce() throws Exception {
		long id = conference("Előadót váltó oldal");
		long talk = ConferencesForRegistrationTests.withAgendaItem(this.conferences, id, LocalTime.of(10, 0),
				LocalTime.of(10, 30), AgendaItemKind.TALK, "Előadás a gyorsítótárról");
		ConferencesForRegistrationTests.withSpeakerAndModerator(this.conferences, id, talk, "Korábbi", "Kornélia",
				"polgármester", "Régi Község Önkormányzata", "");
		MockHttpServletResponse before = page(id);
		assertThat(before.getContentAsString()).contains("Korábbi Kornélia");

		long speaker = this.conferences.people(id).get(0).id();
		this.conferences.describePerson(id, speaker,
				new PersonForm("", "Későbbi", "Kornélia", "jegyző", "Új Község Önkormányzata", "", "", "", ""), null);

		this.mvc.perform(get("/esemenyek/{id}", id).header("If-None-Match", before.getHeader("ETag")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Későbbi Kornélia")))
			.andExpect(content().string(containsString("Új Község Önkormányzata")))
			.andExpect(content().string(not(containsString("Korábbi Kornélia"))));
	}

	@Test
	void aBrowserThatAcceptsGzipGetsThePageCompressedAndOneThatRefusesItGetsItPlain() throws Exception {
		long id = conference("Tömörített oldal");
		String plain = page(id).getContentAsString();

		MockHttpServletResponse compressed = this.mvc
			.perform(get("/esemenyek/{id}", id).header("Accept-Encoding", "gzip, deflate, br"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Encoding", "gzip"))
			.andExpect(header().string("Vary", containsString("Accept-Encoding")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn()
			.getResponse();
		try (GZIPInputStream unzipped = new GZIPInputStream(
				new ByteArrayInputStream(compressed.getContentAsByteArray()))) {
			assertThat(new String(unzipped.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain)
				.contains("Tömörített oldal");
		}

		this.mvc.perform(get("/esemenyek/{id}", id).header("Accept-Encoding", "gzip;q=0, identity"))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Content-Encoding"))
			.andExpect(header().string("Vary", containsString("Accept-Encoding")))
			.andExpect(content().string(plain));
	}

	@Test
	void aRegistrationShowsWithinASecond() throws Exception {
		long id = conference("Fogyó helyek");
		MockHttpServletResponse before = page(id);
		assertThat(before.getContentAsString()).contains("Még 100 hely szabad");

		RegistrantsForQuestionsTests.confirmed(this.context, id, "Gyors", "Gréta");

		await().atMost(Duration.ofSeconds(5))
			.until(() -> this.mvc.perform(get("/esemenyek/{id}", id).header("If-None-Match", before.getHeader("ETag")))
				.andReturn()
				.getResponse()
				.getContentAsString()
				.contains("Még 99 hely szabad a 100 férőhelyből."));
	}

	@Test
	void aSignedInViewerGetsTheirOwnPageWhichNeverReachesVisitors() throws Exception {
		long id = conference("Adminnal is nézett oldal");
		this.mvc.perform(get("/esemenyek/{id}", id).with(user("admin@example.hu").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("ETag"))
			.andExpect(content().string(containsString("href=\"/admin/esemenyek/" + id + "\"")));

		this.mvc.perform(get("/esemenyek/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/admin/esemenyek/" + id + "\""))))
			.andExpect(content().string(not(containsString("Kilépés"))));
	}

	@Test
	void aWithdrawnConferenceIsGoneAtOnce() throws Exception {
		long id = conference("Visszavont oldal");
		page(id);

		this.conferences.withdraw(id);

		this.mvc.perform(get("/esemenyek/{id}", id)).andExpect(status().isNotFound());
	}

	private MockHttpServletResponse page(long id) throws Exception {
		return this.mvc.perform(get("/esemenyek/{id}", id)).andExpect(status().isOk()).andReturn().getResponse();
	}

	/** A published conference in ten days, 100 places, registration open. */
	private long conference(String title) {
		LocalDate day = LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST).plusDays(10);
		return this.transaction.execute((status) -> ConferencesForRegistrationTests.published(this.conferences, title,
				day, 100, day.minusDays(20).atTime(9, 0), day.minusDays(1).atTime(23, 0)));
	}

}
