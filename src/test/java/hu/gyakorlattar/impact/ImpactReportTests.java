package hu.gyakorlattar.impact;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import hu.gyakorlattar.impact.ImpactReport.Counts;
import hu.gyakorlattar.impact.ImpactReport.Row;
import hu.gyakorlattar.practice.PracticesForTests;
import hu.gyakorlattar.practice.PublishedPractice;
import hu.gyakorlattar.programme.DemoYearsForTests;
import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.programme.ThemesForTests;
import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.Bilingual;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.StatementCounts;
import hu.gyakorlattar.transfer.TransferStatus;
import hu.gyakorlattar.transfer.TransfersForTests;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The yearly impact report of a programme year of this test's own: two practices (and a
 * draft that does not count), three municipalities taking them up, one running with two
 * check-ins answered, one stopped after one, one still being adapted. The numbers, the
 * public page in both languages without anyone's name or address, the tagged PDF, and the
 * demo year.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImpactReportTests {

	/**
	 * Before the demo's 2021: the home page presents the newest year, which other tests
	 * sharing the context expect to be the demo's.
	 */
	private static final int YEAR = 2009;

	private static final String BOZSVA = "31006";

	private static final String SZOLNOK = "27854";

	private static final String VELEMER = "18430";

	private static final String FUZER = "17109";

	private static final String BUDAPEST_XXI = "13189";

	private static final String VILLAGE_CARETAKER = "Hatásjelentés próba: bózsvai falugondnok";

	private static final String VILLAGE_CARETAKER_EN = "Impact report trial: the village caretaker of Bózsva";

	/** Written in Hungarian only. */
	private static final String SMART_CITY = "Hatásjelentés próba: szolnoki okosváros";

	private static final String STOP_REASON = "A hatásjelentés próbájában elfogyott a fenntartás forrása.";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ProgrammeManagement programme;

	@Autowired
	ImpactReporting reporting;

	private List<Long> published = List.of();

	@BeforeAll
	void aYearWithPracticesAndTheirTransfers() {
		long elderly = ThemesForTests.theme(this.programme, YEAR, "Hatásjelentés: idősellátás");
		long innovation = ThemesForTests.theme(this.programme, YEAR, "Hatásjelentés: innováció");
		PublishedPractice villageCaretaker = PracticesForTests.publishedInEnglish(this.context, YEAR, elderly,
				VILLAGE_CARETAKER, VILLAGE_CARETAKER_EN, BOZSVA);
		PublishedPractice smartCity = PracticesForTests.published(this.context, YEAR, innovation, SMART_CITY, SZOLNOK);
		this.published = List.of(villageCaretaker.id(), smartCity.id());
		PracticesForTests.draft(this.context, YEAR, innovation, "Hatásjelentés próba: még vázlat", SZOLNOK);
		TransfersForTests.indicators(this.context, villageCaretaker.id(), "Ellátott idősek", "fő", "Elégedettek aránya",
				"%", "Havi költség", "Ft");

		long velemer = TransfersForTests.started(this.context, villageCaretaker, VELEMER, "Falugondnok Veleméren.",
				"Vélemény Ernő", "erno@velemer.example.hu");
		TransfersForTests.reported(this.context, velemer, 6, TransferStatus.ADAPTING, "10", "80", "300000");
		TransfersForTests.reported(this.context, velemer, 12, TransferStatus.RUNNING, "25", "90", "610000");
		long fuzer = TransfersForTests.started(this.context, villageCaretaker, FUZER, "Falugondnok Füzéren.",
				"Füzéri Zita", "zita@fuzer.example.hu");
		TransfersForTests.reported(this.context, fuzer, 6, TransferStatus.RUNNING, "5", "70", "640000");
		TransfersForTests.moved(this.context, fuzer, FUZER, TransferStatus.STOPPED, STOP_REASON);
		long district = TransfersForTests.started(this.context, smartCity, BUDAPEST_XXI, "Okosváros a kerületben.",
				"Kerületi Kata", "kata@bp13.example.hu");
		TransfersForTests.moved(this.context, district, BUDAPEST_XXI, TransferStatus.ADAPTING, "");
	}

	@AfterAll
	void theKnowledgeBaseKeepsOnlyTheDemosPracticesForTheOtherTests() {
		this.published.forEach((id) -> PracticesForTests.withdrawn(this.context, id));
	}

	@Test
	void theYearCountsItsPublishedPracticesAndWhereTheirTransfersStand() {
		ImpactReport report = this.reporting.of(YEAR).orElseThrow();

		assertThat(report.totals()).isEqualTo(new Counts(2, 3, 1, 1, 1, 3));
		assertThat(report.adopters()).isEqualTo(3);
		assertThat(report.adopterCounties()).as("Vas, Borsod-Abaúj-Zemplén and Budapest").isEqualTo(3);
		assertThat(report.byTheme()).containsExactly(
				new Row(new Bilingual("Hatásjelentés: idősellátás", ""), null, new Counts(1, 2, 0, 1, 1, 3)),
				new Row(new Bilingual("Hatásjelentés: innováció", ""), null, new Counts(1, 1, 1, 0, 0, 0)));
		assertThat(report.adoptions())
			.extracting(ImpactReport.Adoption::municipality, ImpactReport.Adoption::county,
					ImpactReport.Adoption::status)
			.containsExactly(tuple("Velemér", "Vas", TransferStatus.RUNNING),
					tuple("Füzér", "Borsod-Abaúj-Zemplén", TransferStatus.STOPPED),
					tuple("Budapest 21. ker.", "Budapest", TransferStatus.ADAPTING));
	}

	@Test
	void practicesCountWhereTheirOwnersAreAndTransfersWhereTheAdoptersAre() {
		ImpactReport report = this.reporting.of(YEAR).orElseThrow();

		assertThat(report.byCounty()).containsExactly(Row.county("Borsod-Abaúj-Zemplén", new Counts(1, 1, 0, 0, 1, 1)),
				Row.county("Budapest", new Counts(0, 1, 1, 0, 0, 0)),
				Row.county("Jász-Nagykun-Szolnok", new Counts(1, 0, 0, 0, 0, 0)),
				Row.county("Vas", new Counts(0, 1, 0, 1, 0, 2)));
		assertThat(report.bySize()).containsExactly(
				new Row(null, "municipality.band.UNDER_1K", new Counts(1, 2, 0, 1, 1, 3)),
				new Row(null, "municipality.band.FROM_1K", new Counts(0, 0, 0, 0, 0, 0)),
				new Row(null, "municipality.band.FROM_5K", new Counts(0, 0, 0, 0, 0, 0)),
				new Row(null, "municipality.band.FROM_20K", new Counts(1, 1, 1, 0, 0, 0)),
				new Row(null, "municipality.band.OVER_100K", new Counts(0, 0, 0, 0, 0, 0)));
		assertThat(report.byStatus()).containsExactly(
				new Row(null, "municipality.status.FOVAROSI_KERULET", new Counts(0, 1, 1, 0, 0, 0)),
				new Row(null, "municipality.status.MEGYESZEKHELY_MEGYEI_JOGU_VAROS", new Counts(1, 0, 0, 0, 0, 0)),
				new Row(null, "municipality.status.KOZSEG", new Counts(1, 2, 0, 1, 1, 3)));
	}

	@Test
	void outcomesAddUpEachAdoptersLatestReportAndAverageShares() {
		ImpactReport report = this.reporting.of(YEAR).orElseThrow();

		assertThat(report.outcomes())
			.extracting((outcome) -> outcome.total().indicator(), (outcome) -> outcome.municipalities(),
					(outcome) -> outcome.total().formatted(HungarianFormats.HUNGARIAN) + " " + outcome.total().unit(),
					ImpactReport.Outcome::average)
			.containsExactly(tuple("Ellátott idősek", 2, "30 fő", false), tuple("Elégedettek aránya", 2, "80 %", true),
					tuple("Havi költség", 2, "1\u00a0250\u00a0000 Ft", false));
		assertThat(report.stops()).singleElement().satisfies((stop) -> {
			assertThat(stop.municipality()).isEqualTo("Füzér");
			assertThat(stop.reason()).isEqualTo(STOP_REASON);
		});
	}

	@Test
	void thePublicPageShowsTheNumbersAndMunicipalitiesButNoPersonOrAddress() throws Exception {
		this.mvc.perform(get("/hatas/" + YEAR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Hatásjelentés: a 2009. évi programév"),
					containsString("<caption>Gyakorlatok és átvételek vármegyénként</caption>"),
					containsString("<th scope=\"row\">Jász-Nagykun-Szolnok</th>"), containsString("Velemér"),
					containsString("Füzér"), containsString(STOP_REASON), containsString("1\u00a0250\u00a0000 Ft"),
					containsString("80 %</span> (átlag)"))))
			.andExpect(content().string(allOf(not(containsString("Vélemény Ernő")), not(containsString("Füzéri Zita")),
					not(containsString("example.hu")), not(containsString("Falugondnok Veleméren.")))));
		this.mvc.perform(get("/hatas/" + YEAR).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Impact report: programme year 2009"),
					containsString("3 municipalities in 3 counties"),
					containsString("<span lang=\"hu\">80 %</span> (mean)"), containsString("1,250,000 Ft"))));
	}

	@Test
	void thePdfIsATaggedReportInTheVisitorsLanguage() throws Exception {
		byte[] pdf = this.mvc.perform(get("/hatas/" + YEAR + ".pdf"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("hatasjelentes-2009.pdf")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Hatásjelentés: a 2009. évi programév", "Budapest 0 1 1 0 0 0", "Vas 0 1 0 1 0 2",
					"Velemér", STOP_REASON, "80 % (átlag)");
			assertThat(text).doesNotContain("Vélemény Ernő", "example.hu");
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged for screen readers").isTrue();
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("hu");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Hatásjelentés: a 2009. évi programév");
		}
		byte[] english = this.mvc.perform(get("/hatas/" + YEAR + ".pdf").param("lang", "en"))
			.andExpect(header().string("Content-Disposition", containsString("impact-report-2009.pdf")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(english)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Practices and transfers by county");
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
		}
	}

	@Test
	void theEnglishReportShowsAPracticesEnglishTitleAndMarksAHungarianOnlyOne() throws Exception {
		Document hungarian = page("/hatas/" + YEAR);
		Document english = page("/hatas/" + YEAR + "?lang=en");

		assertThat(hungarian.select(".adoptions tbody th a").eachText()).containsExactly(VILLAGE_CARETAKER,
				VILLAGE_CARETAKER, SMART_CITY);
		assertThat(english.select(".adoptions tbody th a")).extracting(Element::text, (link) -> link.attr("lang"))
			.containsExactly(tuple(VILLAGE_CARETAKER_EN, ""), tuple(VILLAGE_CARETAKER_EN, ""), tuple(SMART_CITY, "hu"));
		assertThat(english.select(".outcomes tbody th a").eachText()).containsOnly(VILLAGE_CARETAKER_EN);
		assertThat(english.select(".stops tbody th a").eachText()).containsExactly(VILLAGE_CARETAKER_EN);
		assertThat(english.select(".counts tbody th[lang=hu]").eachText()).as("the themes, written in Hungarian only")
			.containsExactly("Hatásjelentés: idősellátás", "Hatásjelentés: innováció");
		assertThat(english.select(".outcomes tbody td[lang=hu]").eachText())
			.as("the indicators, in the adopters' own Hungarian words")
			.containsExactlyInAnyOrder("Ellátott idősek", "Elégedettek aránya", "Havi költség");
		assertThat(english.select(".stops tbody td[lang=hu]").eachText()).containsExactly(STOP_REASON);
	}

	@Test
	void theEnglishPdfShowsTheEnglishTitleAndTagsAHungarianOnlyOneHungarian() throws Exception {
		byte[] pdf = this.mvc.perform(get("/hatas/" + YEAR + ".pdf").param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains(VILLAGE_CARETAKER_EN, SMART_CITY).doesNotContain(VILLAGE_CARETAKER);
			List<String> hungarian = new ArrayList<>();
			markedHungarian(document.getDocumentCatalog().getStructureTreeRoot().getKids(), hungarian);
			assertThat(hungarian).as("the structure elements tagged Lang hu")
				.containsExactlyInAnyOrder("Link", "TH", "TH", "TD", "TD", "TD", "TD");
		}
	}

	private static void markedHungarian(List<Object> kids, List<String> found) {
		for (Object kid : kids) {
			if (kid instanceof PDStructureElement element) {
				if ("hu".equals(element.getLanguage())) {
					found.add(element.getStructureType());
				}
				markedHungarian(element.getKids(), found);
			}
		}
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	/**
	 * The demo's current year has its call open and nothing published: its report says so
	 * instead of tables of zeros, and the report the site opens on is the latest one with
	 * practices.
	 */
	@Test
	void aYearWithoutPublishedPracticesSaysSoAndTheReportsOpenOnOneWithPractices() throws Exception {
		int current = DemoYearsForTests.current(this.programme);
		Document hungarian = page("/hatas/" + current);
		assertThat(hungarian.select("main p").eachText())
			.contains("A " + current + ". évi programévnek még nincs közzétett gyakorlata. A jelentés a döntés "
					+ "után, a gyakorlatok közzétételével telik meg: akkor mutatja, hány település vette át őket, "
					+ "és mire jutottak.");
		assertThat(hungarian.select("main table, main dl")).isEmpty();
		assertThat(page("/hatas/" + current + "?lang=en").select("main p").eachText())
			.anyMatch((text) -> text.startsWith("No practice of the " + current + " programme year"));

		String opened = this.mvc.perform(get("/hatas")).andReturn().getResponse().getRedirectedUrl();
		assertThat(opened).isNotEqualTo("/hatas/" + current);
		assertThat(page(opened).select("main dl.facts")).hasSize(1);
	}

	@Test
	void theDemoYearShowsTheDemoTransfers() throws Exception {
		this.mvc.perform(get("/hatas/2021"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Isaszeg"), containsString("Keszthely"), containsString("Ellátott idősek"),
						containsString("A pedagógusok bérét a pályázat lejárta után nem tudtuk fedezni."))));
	}

	@Test
	void theReportReadsOneQueryPerTableHoweverManyPracticesTheYearHas() throws Exception {
		long twoPractices = StatementCounts.of(() -> this.reporting.of(YEAR).orElseThrow());
		long demoYear = StatementCounts.of(() -> this.reporting.of(2021).orElseThrow());

		assertThat(demoYear).isEqualTo(twoPractices);
		assertThat(twoPractices)
			.as("the cycle, its themes and committee, the practices, transfers, check-ins, "
					+ "indicators and municipalities")
			.isPositive()
			.isLessThanOrEqualTo(8);
	}

	@Test
	void aYearWithoutAProgrammeIsNotFound() throws Exception {
		this.mvc.perform(get("/hatas/1999")).andExpect(status().isNotFound());
		this.mvc.perform(get("/hatas/1999.pdf")).andExpect(status().isNotFound());
		this.mvc.perform(get("/hatas/tavaly")).andExpect(status().isBadRequest());
	}

}
