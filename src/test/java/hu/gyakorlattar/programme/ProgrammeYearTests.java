package hu.gyakorlattar.programme;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.shared.ApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The programme office sets up a year, and visitors see it on the home page. */
@ApplicationTest
class ProgrammeYearTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProgrammeManagement programme;

	/**
	 * The demo's year as the invitation describes it. Its page is read rather than the
	 * home page, which presents the newest year, and other tests sharing the context set
	 * up years of their own.
	 */
	@Test
	void theDemoYearPresentsThe2021YearOfTheInvitation() throws Exception {
		this.mvc.perform(get("/programev/2021"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Legjobb Önkormányzati Gyakorlatok Programja 2021"),
					containsString("Önkormányzati idősellátás"), containsString("Bűnmegelőzés, közbiztonság"),
					containsString("Társadalmi felzárkózás"), containsString("Önkormányzati innovációk"),
					containsString("Autonómia Alapítvány"), not(containsString("Autónia")),
					containsString("Települési Önkormányzatok Országos Szövetsége"), containsString("/adatkezeles"),
					containsString("/akadalymentesseg"), containsString("Településadatok forrása: KSH (CC BY 4.0)"))));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from programme_committee_member m join programme_cycle c on c.id = m.cycle_id where c.year = 2021",
				Integer.class))
			.isEqualTo(11);
	}

	@Test
	void theProgrammeYearPageGathersThemesCommitteeCallsAndConferences() throws Exception {
		this.mvc.perform(get("/programev/2021"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Legjobb Önkormányzati Gyakorlatok Programja 2021"),
					containsString("Önkormányzati idősellátás"), containsString("Autonómia Alapítvány"),
					containsString("Pályázati felhívások"), containsString("href=\"/felhivasok/"),
					containsString("beadási határidő: 2021. június 30. (szerda) 23.59"), containsString("Események"),
					containsString("Önkormányzati innovációk és jó gyakorlatok"),
					containsString("– Tudásprogram-konferencia, 2021. június 22. (kedd) 10.00"),
					containsString("href=\"/esemenyek/"))));
		this.mvc.perform(get("/programev/2021").param("lang", "en"))
			.andExpect(content().string(allOf(containsString("Calls for applications"), containsString("Events"),
					containsString("– Knowledge programme conference, Tuesday, 22 June 2021, 10:00"),
					containsString("deadline: "))));
		this.mvc.perform(get("/programev/1999")).andExpect(status().isNotFound());
		Integer current = this.jdbc.queryForObject("select max(year) from programme_cycle", Integer.class);
		this.mvc.perform(get("/"))
			.andExpect(content().string(allOf(containsString("href=\"/programev/" + current + "\""),
					containsString("Korábbi konferenciák"), containsString("href=\"/esemenyek#archivum-cim\""))));
	}

	/**
	 * The year's results theme by theme, in the themes' order: the practices recognised
	 * beyond the knowledge base's selection, the highest recognition first, each with its
	 * municipality and a link to its page; the rest of the year's practices are a search
	 * away.
	 */
	@Test
	void theProgrammeYearPageAnnouncesTheYearsResultsThemeByTheme() throws Exception {
		Element results = results("/programev/2021");
		assertThat(results.select("h3").eachText()).containsSubsequence("Önkormányzati idősellátás",
				"Bűnmegelőzés, közbiztonság", "Társadalmi felzárkózás", "Önkormányzati innovációk");
		assertThat(results.select("h3:containsOwn(Önkormányzati idősellátás) + ul > li").eachText())
			.containsSubsequence(
					"Legjobb gyakorlat: Szépkorúak nappali klubja és házhoz menő étkeztetés Szadán (Szada)",
					"Különdíj: Generációk kertje: közös kertészkedés idősekkel és óvodásokkal Keszthelyen (Keszthely)",
					"Döntős: Demenciabarát Pécs: Alzheimer-kávéház és képzett ügyintézők (Pécs)",
					"Döntős: Egri idősügyi kerekasztal és szépkorú akadémia (Eger)");
		assertThat(results.text()).doesNotContain("Jó gyakorlat:");
		assertThat(results.select("a[href^=/gyakorlatok/]")).hasSizeGreaterThanOrEqualTo(13);
		assertThat(results.select("a[href=/gyakorlatok?ev=2021]").text())
			.isEqualTo("A 2021. évi összes gyakorlat a tudástárban");

		Element english = results("/programev/2021?lang=en");
		assertThat(english.select("h2").text()).isEqualTo("Results");
		assertThat(english.select("h3:containsOwn(Municipal elderly care) + ul > li").first().text())
			.startsWith("Best practice: ");
	}

	/**
	 * The demo's current year has its call open: no results yet, and no link to a search
	 * that would find none of its practices.
	 */
	@Test
	void aYearBeforeItsResultsSaysTheyComeAfterTheDecision() throws Exception {
		int current = DemoYearsForTests.current(this.programme);
		Element results = results("/programev/" + current);
		assertThat(results.select("p").eachText()).containsExactly("Az eredményeket a döntés után itt tesszük közzé.");
		assertThat(results.select("a")).isEmpty();
	}

	private Element results(String url) throws Exception {
		String page = this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(page).getElementById("eredmenyek-cim").parent();
	}

	@Test
	void theHomePageSpeaksEnglishOnRequest() throws Exception {
		this.mvc.perform(get("/").param("lang", "en"))
			.andExpect(content().string(allOf(containsString("lang=\"en\""), containsString("Privacy notice"))));
		this.mvc.perform(get("/programev/2021").param("lang", "en"))
			.andExpect(content().string(allOf(containsString("Best Municipal Practices Programme 2021"),
					containsString("Municipal elderly care"))));
	}

	@Test
	void anUnsupportedLanguageFallsBackToHungarian() throws Exception {
		this.mvc.perform(get("/").param("lang", "de"))
			.andExpect(content()
				.string(allOf(containsString("lang=\"hu\""), containsString("Témakörök"), not(containsString("??")))));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void anAdminSetsUpANewYearWithThemesAndCommittee() throws Exception {
		this.mvc
			.perform(post("/admin/ciklusok").with(csrf())
				.param("year", "2099")
				.param("titleHu", "LÖGY 2099")
				.param("summaryHu", "Az idei felhívás."))
			.andExpect(redirectedUrl("/admin/ciklusok/2099"));
		// A new year's page says it has no themes and no committee yet, not empty tables
		this.mvc.perform(get("/admin/ciklusok/2099"))
			.andExpect(content().string(allOf(containsString("Még nincs témakör."),
					containsString("Még nincs tagszervezet."), not(containsString("aria-labelledby=\"temak\"")),
					not(containsString("aria-labelledby=\"bizottsag\"")))));
		// The public sees the newest year at once: its themes and committee are to come
		this.mvc.perform(get("/"))
			.andExpect(content()
				.string(allOf(containsString("LÖGY 2099"), containsString("A témaköröket hamarosan közzétesszük."),
						containsString("Az Irányító Bizottság tagjait hamarosan közzétesszük."),
						not(containsString("Irányító Bizottságának tagszervezetei:")))));
		this.mvc
			.perform(post("/admin/ciklusok/2099/temak").with(csrf())
				.param("nameHu", "Klímaalkalmazkodás")
				.param("nameEn", "Climate adaptation")
				.param("prizeSponsor", "Belügyminisztérium"))
			.andExpect(redirectedUrl("/admin/ciklusok/2099#temak"));
		this.mvc.perform(post("/admin/ciklusok/2099/temak").with(csrf()).param("nameHu", "Digitális önkormányzat"))
			.andExpect(redirectedUrl("/admin/ciklusok/2099#temak"));
		this.mvc.perform(multipart("/admin/ciklusok/2099/bizottsag")
			.file(new MockMultipartFile("logo", "logo.png", "image/png",
					new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 }))
			.with(csrf())
			.param("organisationHu", "Magyar Faluszövetség")
			.param("kind", "MUNICIPAL_ASSOCIATION")).andExpect(redirectedUrl("/admin/ciklusok/2099#bizottsag"));

		// The newest year is the one the public sees (2099: after any other test's year)
		this.mvc.perform(get("/"))
			.andExpect(content().string(allOf(containsString("LÖGY 2099"), containsString("Klímaalkalmazkodás"),
					containsString("A 2099. évi programszakasz Irányító Bizottságának tagszervezetei:"),
					containsString("Magyar Faluszövetség"), containsString("/bizottsag/logo/"),
					not(containsString("hamarosan közzétesszük")))));

		this.mvc.perform(get("/admin/ciklusok/2099"))
			.andExpect(content().string(allOf(containsString("aria-labelledby=\"temak\""),
					containsString("aria-labelledby=\"bizottsag\""), not(containsString("Még nincs témakör.")),
					not(containsString("Még nincs tagszervezet.")))));

		long digital = this.jdbc
			.queryForObject("select id from programme_theme where name_hu = 'Digitális önkormányzat'", Long.class);
		this.mvc.perform(post("/admin/ciklusok/2099/temak/" + digital + "/fel").with(csrf()));
		assertThat(this.jdbc.queryForList(
				"select t.name_hu from programme_theme t join programme_cycle c on c.id = t.cycle_id where c.year = 2099 order by t.position",
				String.class))
			.containsExactly("Digitális önkormányzat", "Klímaalkalmazkodás");

		this.jdbc.update("delete from programme_cycle where year = 2099");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void badInputIsExplainedNextToTheFieldAndNothingIsSaved() throws Exception {
		int cycles = this.jdbc.queryForObject("select count(*) from programme_cycle", Integer.class);
		this.mvc.perform(post("/admin/ciklusok").with(csrf()).param("year", "2021").param("titleHu", "Újra"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("cycleForm", "year", "programme.cycle.year.taken"))
			.andExpect(content().string(containsString("A 2021. programév már létezik.")));
		this.mvc.perform(post("/admin/ciklusok").with(csrf()).param("year", "kétezer").param("titleHu", "Cím"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("cycleForm", "year"))
			.andExpect(content().string(containsString("Kérjük, egész számot adjon meg, számjegyekkel.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		this.mvc.perform(post("/admin/ciklusok").with(csrf()).param("year", "2030").param("titleHu", " "))
			.andExpect(model().attributeHasFieldErrors("cycleForm", "titleHu"))
			.andExpect(content().string(containsString("Kérjük, töltse ki ezt a mezőt.")));
		this.mvc.perform(post("/admin/ciklusok").with(csrf()).param("year", "1999").param("titleHu", "Régi"))
			.andExpect(model().attributeHasFieldErrors("cycleForm", "year"));
		this.mvc.perform(post("/admin/ciklusok/2021/temak").with(csrf()).param("nameHu", "Önkormányzati idősellátás"))
			.andExpect(model().attributeHasFieldErrorCode("themeForm", "nameHu", "programme.theme.name.taken"));
		this.mvc.perform(post("/admin/ciklusok/2021/temak").with(csrf()).param("nameHu", "x".repeat(301)))
			.andExpect(model().attributeHasFieldErrors("themeForm", "nameHu"));
		this.mvc
			.perform(multipart("/admin/ciklusok/2021/bizottsag")
				.file(new MockMultipartFile("logo", "logo.png", "image/png", "<svg onload=alert(1)>".getBytes()))
				.with(csrf())
				.param("organisationHu", "Új Szervezet")
				.param("kind", "NGO"))
			.andExpect(model().attributeHasFieldErrorCode("memberForm", "logo", "programme.member.logo.type"));
		this.mvc
			.perform(post("/admin/ciklusok/2021/bizottsag").with(csrf())
				.param("organisationHu", "Új Szervezet")
				.param("kind", "KIRALYSAG"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("memberForm", "kind"));
		this.mvc.perform(post("/admin/ciklusok/1990/temak").with(csrf()).param("nameHu", "Sehol"))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject("select count(*) from programme_cycle", Integer.class)).isEqualTo(cycles);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from programme_committee_member where organisation_hu = 'Új Szervezet'",
				Integer.class))
			.isZero();
	}

	/**
	 * The year's, a theme's and a member's texts each have their English version beside
	 * them, marked lang="en"; a bad English one is explained next to it, with what was
	 * typed kept and nothing saved. (The edit forms' round trip with accents in both
	 * languages is in {@code EditFormsRoundTripTests}.)
	 */
	@Test
	@WithMockUser(roles = "ADMIN")
	void theEnglishVersionsStandBesideTheHungarianAndABadOneIsRefusedNextToIt() throws Exception {
		Document cycles = page(get("/admin/ciklusok"));
		assertSideBySide(cycles, "titleHu", "titleEn", "Cím – angolul");
		assertSideBySide(cycles, "summaryHu", "summaryEn", "Rövid leírás – angolul");
		Document year = page(get("/admin/ciklusok/2021"));
		assertSideBySide(year, "titleHu", "titleEn", "Cím – angolul");
		assertSideBySide(year, "nameHu", "nameEn", "Név – angolul");
		assertSideBySide(year, "descriptionHu", "descriptionEn", "Leírás – angolul");
		assertSideBySide(year, "organisationHu", "organisationEn", "Szervezet neve – angolul");

		String summary = "The “2078” year – first line.\nSecond line: café, naïve.";
		Document refused = page(post("/admin/ciklusok").with(csrf())
			.param("year", "2078")
			.param("titleHu", "Programév 2078")
			.param("titleEn", "x".repeat(301))
			.param("summaryEn", summary));
		assertThat(refused.select("#titleEn-error").text()).isNotBlank();
		assertThat(refused.selectFirst("#summaryEn").wholeText()).isEqualTo(summary);
		Document theme = page(post("/admin/ciklusok/2021/temak").with(csrf())
			.param("nameHu", "Kétnyelvű témakör")
			.param("nameEn", "Two lines\nin a name"));
		assertThat(theme.select("#nameEn-error").text()).isNotBlank();
		assertThat(theme.select("#nameHu").val()).isEqualTo("Kétnyelvű témakör");
		assertThat(this.jdbc.queryForObject("select count(*) from programme_cycle where year = 2078", Integer.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from programme_theme where name_hu = 'Kétnyelvű témakör'",
				Integer.class))
			.isZero();
	}

	private Document page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private static void assertSideBySide(Document page, String hungarian, String english, String englishLabel) {
		Element pair = page.selectFirst(".bilingual:has(#" + hungarian + ")");
		assertThat(pair).as(hungarian + " and " + english + " side by side").isNotNull();
		assertThat(pair.select("#" + english).attr("lang")).isEqualTo("en");
		assertThat(pair.select("label[for=" + english + "]").text()).isEqualTo(englishLabel);
	}

}
