package hu.gyakorlattar.impact;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.practice.PracticeManagement;
import hu.gyakorlattar.practice.PublishedPractice;
import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.programme.ThemeView;
import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.StatementCounts;
import hu.gyakorlattar.transfer.TransferLedger;
import hu.gyakorlattar.transfer.TransferView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public impact map of the demo year: the ledger's transfers as arrows coloured and
 * dashed by status and as table rows, chosen by theme and year; a choice it cannot read
 * is named next to its field and the map shows everything.
 */
@ApplicationTest
class ImpactMapTests {

	private static final String MAP = "/hatas/terkep";

	@Autowired
	MockMvc mvc;

	@Autowired
	TransferLedger ledger;

	@Autowired
	PracticeManagement practices;

	@Autowired
	ProgrammeManagement programme;

	@Test
	void everyTransferIsARowAndTheDemosAreArrowsFromTheOriginToTheAdopterByStatus() throws Exception {
		Document page = page(MAP);

		assertThat(rows(page)).hasSize(this.ledger.all().size());
		assertThat(flow(page, "RUNNING", "Szada → Isaszeg:")).isNotNull();
		assertThat(flow(page, "STOPPED", "Szada → Vácrátót:")).isNotNull();
		assertThat(flow(page, "ADAPTING", "→ Aszód:")).isNotNull();
		assertThat(flow(page, "CONSIDERING", "→ Pápa:")).isNotNull();
		assertThat(flow(page, "RUNNING", "→ Isaszeg:").attr("marker-end")).isEqualTo("url(#nyil-RUNNING)");
		Element isaszeg = rows(page).stream().filter((row) -> row.text().contains("Isaszeg")).findFirst().orElseThrow();
		assertThat(isaszeg.select("td").eachText()).startsWith("Szada", "Isaszeg").endsWith("működik", "2021");
		assertThat(place(page, "Szada").hasClass("approximate")).isFalse();
		assertThat(place(page, "Velemér").hasClass("approximate")).as("a village GeoNames does not list").isTrue();
		assertThat(place(page, "Velemér").selectFirst("title").text()).contains("(hozzávetőleges hely)");
		assertThat(page.select("#varmegyek-cim + .table-scroll table tbody th").eachText()).contains("Pest", "Vas",
				"Zala");
		assertThat(page.text()).contains("GeoNames", "Natural Earth");
	}

	/**
	 * The table's municipalities lead to their pages, which say why they are on the map:
	 * the practices a municipality runs, and those it takes up with where each stands.
	 */
	@Test
	void aMunicipalityOfTheMapListsItsPracticesAndWhatItTakesUpOnItsPage() throws Exception {
		Element isaszeg = rows(page(MAP)).stream()
			.filter((row) -> row.text().contains("Isaszeg"))
			.findFirst()
			.orElseThrow();
		String practice = isaszeg.select("td").get(2).text();

		Document origin = page(isaszeg.select("td").get(0).selectFirst("a").attr("href"));
		assertThat(origin.select("h2").eachText()).contains("A település jó gyakorlatai");
		assertThat(origin.select("main li a").eachText()).contains(practice);
		assertThat(origin.select("main li").eachText()).allSatisfy((item) -> assertThat(item).endsWith(")"));

		Document adopter = page(isaszeg.select("td").get(1).selectFirst("a").attr("href"));
		assertThat(adopter.select("h1").text()).isEqualTo("Isaszeg");
		assertThat(adopter.select("h2").eachText()).containsExactly("Gyakorlatok, amelyeket a település átvesz");
		assertThat(adopter.select("main li").eachText()).contains(practice + " (működik)");
		assertThat(adopter.select("main li a").attr("href")).startsWith("/gyakorlatok/");

		Document english = page(isaszeg.select("td").get(1).selectFirst("a").attr("href") + "?lang=en");
		assertThat(english.select("h2").eachText()).containsExactly("Practices this municipality is taking up");
		assertThat(english.select("main li a").attr("lang")).isEqualTo("hu");
	}

	@Test
	void aMunicipalityWithNoPracticeSaysNothingOfPractices() throws Exception {
		Document abaliget = page("/telepulesek/12548");
		assertThat(abaliget.select("h1").text()).isEqualTo("Abaliget");
		assertThat(abaliget.select("h2")).isEmpty();
	}

	@Test
	void aYearShowsTheTransfersStartedThen() throws Exception {
		Document page = page(MAP + "?ev=2022");

		assertThat(page.select("#ev option[selected]").text()).isEqualTo("2022");
		List<TransferView> started2022 = this.ledger.all()
			.stream()
			.filter((
					transfer) -> LocalDate.ofInstant(transfer.startedAt(), HungarianFormats.BUDAPEST).getYear() == 2022)
			.toList();
		assertThat(rows(page)).hasSize(started2022.size()).allSatisfy((row) -> assertThat(row.text()).endsWith("2022"));
		assertThat(page.select("svg title").eachText()).anyMatch((title) -> title.contains("→ Őrbottyán:"))
			.noneMatch((title) -> title.contains("→ Isaszeg:"));
	}

	@Test
	void aThemeShowsOnlyItsPracticesAndTheirTransfers() throws Exception {
		ThemeView elderlyCare = elderlyCare();

		Document page = page(MAP + "?tema=" + elderlyCare.id());

		List<Element> rows = rows(page);
		assertThat(rows).isNotEmpty().hasSizeLessThan(this.ledger.all().size());
		assertThat(rows).allSatisfy((row) -> {
			String slug = row.select("a[href^=/gyakorlatok/]").attr("href").substring("/gyakorlatok/".length());
			assertThat(this.practices.publishedPractice(slug).orElseThrow().themeIds()).contains(elderlyCare.id());
		});
	}

	@Test
	void aChoiceItCannotReadIsNamedNextToItsFieldAndTheMapShowsEverything() throws Exception {
		Document page = page(MAP + "?tema=idosek&ev=1848");

		assertThat(page.select("#tema-error").text())
			.isEqualTo("Nincs ilyen téma; válasszon a listából. A térkép most minden témát mutat.");
		assertThat(page.select("#tema").attr("aria-describedby")).isEqualTo("tema-error");
		assertThat(page.select("#tema").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#ev-error").text()).startsWith("Erre az évre nincs adat");
		assertThat(rows(page)).hasSize(this.ledger.all().size());
	}

	@Test
	void theMapReadsInEnglish() throws Exception {
		Document page = page(MAP + "?lang=en");

		assertThat(page.select("h1").text()).isEqualTo("The programme's impact on a map");
		Element link = rows(page).stream()
			.filter((row) -> row.text().contains("Isaszeg"))
			.findFirst()
			.orElseThrow()
			.selectFirst("a[href^=/gyakorlatok/]");
		PublishedPractice practice = this.practices
			.publishedPractice(link.attr("href").substring("/gyakorlatok/".length()))
			.orElseThrow();
		assertThat(link.text()).isEqualTo(practice.titleEn()).isNotEqualTo(practice.title());
		assertThat(link.hasAttr("lang")).isFalse();
		assertThat(flow(page, "RUNNING", "Szada → Isaszeg:").text()).contains(practice.titleEn()).endsWith("(running)");
		assertThat(page.select("#tema option[value=" + elderlyCare().id() + "]").text())
			.isEqualTo("Municipal elderly care (2021)");
	}

	@Test
	void thePageReadsEachSourceOnceHoweverManyMunicipalitiesItShows() throws Exception {
		String oneThemeOnly = MAP + "?tema=" + elderlyCare().id();

		long everything = StatementCounts.of(() -> page(MAP));
		long oneTheme = StatementCounts.of(() -> page(oneThemeOnly));

		assertThat(everything).isEqualTo(oneTheme);
	}

	private ThemeView elderlyCare() {
		return this.programme.cycle(2021)
			.orElseThrow()
			.themes()
			.stream()
			.filter((theme) -> theme.name().hu().equals("Önkormányzati idősellátás"))
			.findFirst()
			.orElseThrow();
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}

	private static List<Element> rows(Document page) {
		return page.select("#atvetelek-cim + .table-scroll table tbody tr");
	}

	private static Element flow(Document page, String status, String title) {
		return page.select("svg path.flow.status-" + status)
			.stream()
			.filter((path) -> path.selectFirst("title").text().contains(title))
			.findFirst()
			.orElse(null);
	}

	private static Element place(Document page, String name) {
		return page.select("svg a.place")
			.stream()
			.filter((place) -> place.selectFirst("title").text().startsWith(name + ":"))
			.findFirst()
			.orElseThrow();
	}

}
