package hu.gyakorlattar.practice;

import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.BrowserForm;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A practice in Hungarian and English: English readers get the English version where
 * there is one and the Hungarian one, marked {@code lang="hu"}, where there is none; the
 * office edits both side by side and the status tells a machine draft from a reviewed
 * version; an English query finds the practices by their English text; the API answers in
 * the language asked and the open data carries both.
 */
@ApplicationTest
class PracticeInEnglishTests {

	static final Locale EN = Locale.ENGLISH;

	@Autowired
	MockMvc mvc;

	@Autowired
	PracticeManagement practices;

	@Autowired
	EditingPractices editing;

	@Autowired
	ProgrammeManagement programme;

	@Autowired
	JsonMapper json;

	/** What this test published, withdrawn afterwards: the knowledge base is shared. */
	private final List<Long> published = new ArrayList<>();

	@AfterEach
	void withdrawWhatThisTestPublished() {
		this.published.forEach((id) -> this.editing.withdraw(id, "angol-teszt"));
	}

	@Test
	void theEnglishPageShowsTheEnglishVersionAndMarksTheHungarianTextsItHasNoEnglishFor() throws Exception {
		String slug = slugOf("Szépkorúak nappali klubja");
		Document english = page("/gyakorlatok/" + slug + "?lang=en");
		assertThat(english.select("h1").text()).isEqualTo("Day club for older people and meals on wheels in Szada");
		assertThat(english.select("h1").attr("lang")).isEmpty();
		assertThat(english.text()).contains("volunteer drivers bring a hot lunch").contains("reviewed");
		assertThat(english.select("[lang=hu]").text()).as("nothing of it falls back to Hungarian")
			.doesNotContain("önkéntes sofőr");

		long id = this.editing.create(form("Csak magyarul leírt gyakorlat Bőcsön", null), "angol-teszt").getId();
		publish(id);
		String hungarianOnly = this.editing.practiceForEditor(id).getSlug();
		Document fallback = page("/gyakorlatok/" + hungarianOnly + "?lang=en");
		assertThat(fallback.select("h1[lang=hu]").text()).isEqualTo("Csak magyarul leírt gyakorlat Bőcsön");
		assertThat(fallback.select("p.lead[lang=hu]").text()).isEqualTo("Rövid összefoglaló magyarul.");
		assertThat(fallback.select("section p.prose[lang=hu]").text()).contains("A probléma magyarul.");
		assertThat(fallback.text()).contains("none yet");

		Document hungarian = page("/gyakorlatok/" + slug + "?lang=hu");
		assertThat(hungarian.select("h1").text()).startsWith("Szépkorúak nappali klubja");
		assertThat(hungarian.select("main [lang]")).as("a Hungarian page marks nothing").isEmpty();
	}

	@Test
	void anEnglishQueryFindsTheElderlyCarePracticesByTheirEnglishText() {
		PracticeResults results = this.practices.search(PracticeSearchTests.query("elderly care"), EN);
		assertThat(results.items()).extracting(PracticeResults.Hit::title)
			.contains("Village caretaker service in Bózsva: lunch, medicine and company for elderly residents");
		PracticeResults twoPages = this.practices
			.search(new PracticeQuery("elderly care", null, null, null, null, null, null, null, 0, 20), EN);
		assertThat(twoPages.items()).as("the demo's eleven elderly-care practices, each shown in English")
			.filteredOn((hit) -> hit.lang() == null && hit.themes().contains("Municipal elderly care"))
			.hasSizeGreaterThanOrEqualTo(11);
		PracticeResults older = this.practices.search(PracticeSearchTests.query("older people"), EN);
		assertThat(older.items().subList(0, 5)).allSatisfy((hit) -> assertThat(hit.lang()).isNull());
		assertThat(older.items()).extracting(PracticeResults.Hit::title)
			.contains("Day club for older people and meals on wheels in Szada",
					"Digital grandchildren: students teach older people to use smartphones in Lakitelek");
		assertThat(older.suggestion()).as("English words are no misspellings").isNull();

		long id = this.editing.create(form("Csak magyarul leírt esővízgyűjtő program Szadán", null), "angol-teszt")
			.getId();
		publish(id);
		PracticeResults hungarianOnly = this.practices.search(PracticeSearchTests.query("esővízgyűjtő"), EN);
		assertThat(hungarianOnly.items()).first().satisfies((hit) -> {
			assertThat(hit.title()).isEqualTo("Csak magyarul leírt esővízgyűjtő program Szadán");
			assertThat(hit.lang()).isEqualTo("hu");
		});
		assertThat(this.practices.search(PracticeSearchTests.query("elderly care"), PracticeSearchTests.HU).total())
			.as("the Hungarian site searches the Hungarian texts")
			.isZero();
	}

	@Test
	void anEnglishReaderSeesTheSynonymsOfTheTypedWordMarkedInTheEnglishTexts() {
		PracticeResults seniors = this.practices.search(PracticeSearchTests.query("seniors"), EN);
		assertThat(seniors.items()).filteredOn((hit) -> hit.lang() == null)
			.as("the English texts mostly say older people or elderly")
			.anySatisfy(
					(hit) -> assertThat(hit.snippetHtml()).containsPattern("<mark>(?i:older|elder|pensioner|retire)"));
	}

	/**
	 * The demo shows the English site with English content, so every demo practice has an
	 * English version of each text it has in Hungarian, as loaded from
	 * {@code practice/demo-practices-en.json}.
	 */
	@Test
	void everyDemoPracticeHasAnEnglishVersionOfEachOfItsTexts() throws Exception {
		Set<String> demoTitles;
		try (InputStream in = new ClassPathResource("practice/demo-practices.json").getInputStream()) {
			demoTitles = this.json.readTree(in)
				.valueStream()
				.map((sample) -> sample.get("title").asString())
				.collect(Collectors.toSet());
		}
		List<Practice> demo = this.editing.allForEditors()
			.stream()
			.filter((practice) -> demoTitles.contains(practice.getTitle()))
			.toList();
		assertThat(demo).hasSize(demoTitles.size()).allSatisfy((practice) -> {
			assertThat(practice.getEnglishVersion()).as(practice.getTitle()).isNotEqualTo(EnglishVersion.MISSING);
			assertThat(List.of(practice.getTitleEn(), practice.getSummaryEn())).as(practice.getTitle())
				.allSatisfy((text) -> assertThat(text).isNotBlank());
			assertThat(sectionsWithText(practice.getStoryEn())).as(practice.getTitle())
				.isEqualTo(sectionsWithText(practice.getStory()));
		});
	}

	private static Set<String> sectionsWithText(PracticeStory story) throws ReflectiveOperationException {
		Set<String> sections = new TreeSet<>();
		for (RecordComponent section : PracticeStory.class.getRecordComponents()) {
			if (section.getAccessor().invoke(story) instanceof String text && !text.isBlank()) {
				sections.add(section.getName());
			}
		}
		return sections;
	}

	@Test
	void theOfficeEditsBothVersionsSideBySideAndAMachineDraftStaysMarkedUntilReviewed() throws Exception {
		long id = this.editing.create(form("Kétnyelvű gyakorlat Szadán", null), "angol-teszt").getId();
		String page = "/admin/gyakorlatok/" + id;
		BrowserForm shown = editPage(page);
		assertThat(shown.values()).containsEntry("english.title", "").containsEntry("english.reviewed", "true");

		String draft = "Bilingual practice in Szada";
		submit(editPage(page).with("english.title", draft).without("english.reviewed"));
		Practice saved = this.editing.practiceForEditor(id);
		assertThat(saved.getTitleEn()).isEqualTo(draft);
		assertThat(saved.getEnglishVersion()).isEqualTo(EnglishVersion.MACHINE_DRAFTED);
		submit(editPage(page));
		assertThat(this.editing.practiceForEditor(id).getEnglishVersion()).as("saved unchanged, still a draft")
			.isEqualTo(EnglishVersion.MACHINE_DRAFTED);
		assertThat(page(page + "?lang=en").text()).contains("machine draft, awaiting review");

		submit(editPage(page).with("english.reviewed", "true").with("english.problem", "The problem in English."));
		saved = this.editing.practiceForEditor(id);
		assertThat(saved.getEnglishVersion()).isEqualTo(EnglishVersion.REVIEWED);
		assertThat(saved.getStoryEn().problem()).isEqualTo("The problem in English.");

		String refused = this.mvc
			.perform(editPage(page).with("english.title", "x".repeat(201))
				.with("english.summary", "kept")
				.submission()
				.with(csrf())
				.with(user("angol-teszt@example.hu").roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Document answer = BrowserForm.parse(refused);
		assertThat(answer.select("[id='english.title-error']").text()).isNotBlank();
		assertThat(answer.select(".error-summary a[href='#english.title']").text()).startsWith("Cím – angolul: ");
		assertThat(answer.select("[id='english.summary']").text()).as("what was typed is not lost").isEqualTo("kept");
		assertThat(this.editing.practiceForEditor(id).getTitleEn()).isEqualTo(draft);

		submit(editPage(page).with("english.title", "")
			.with("english.problem", "")
			.with("english.summary", "")
			.with("english.reviewed", "true"));
		assertThat(this.editing.practiceForEditor(id).getEnglishVersion()).isEqualTo(EnglishVersion.MISSING);
	}

	@Test
	void theApiAnswersInTheLanguageAskedAndTheOpenDataCarriesBoth() throws Exception {
		String slug = slugOf("Szépkorúak nappali klubja");
		this.mvc.perform(get("/api/practices/" + slug).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Day club for older people and meals on wheels in Szada"))
			.andExpect(jsonPath("$.language").value("en"))
			.andExpect(jsonPath("$.englishVersion").value("REVIEWED"));
		this.mvc.perform(get("/api/practices/" + slug).param("lang", "hu"))
			.andExpect(jsonPath("$.title").value(org.hamcrest.Matchers.startsWith("Szépkorúak nappali klubja")))
			.andExpect(jsonPath("$.language").value("hu"));
		this.mvc.perform(get("/api/practices").param("q", "elderly care").param("lang", "en"))
			.andExpect(jsonPath("$.items[*].title").value(org.hamcrest.Matchers
				.hasItem("Village caretaker service in Bózsva: lunch, medicine and company for elderly residents")));

		this.mvc.perform(get("/api/practices/open-data.json"))
			.andExpect(jsonPath("$.practices[?(@.slug == '" + slug + "')].title")
				.value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith("Szépkorúak nappali klubja"))))
			.andExpect(jsonPath("$.practices[?(@.slug == '" + slug + "')].english.title")
				.value(org.hamcrest.Matchers.hasItem("Day club for older people and meals on wheels in Szada")));
		String csv = this.mvc.perform(get("/api/practices/open-data.csv"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().findFirst().orElseThrow()).contains("title_en").contains("summary_en");
		assertThat(csv).contains("Day club for older people and meals on wheels in Szada");
	}

	/**
	 * The open data's CSV as Hungarian Excel reads it on a double-click: UTF-8 by its
	 * byte-order mark, cells split at semicolons, a quoted cell keeps its semicolons,
	 * doubled quotes and line breaks, so each practice stays one row and its English
	 * columns read exactly as the office typed them, accents included.
	 */
	@Test
	void theOpenDataCsvOpensInExcelWithTheEnglishColumnsAsTyped() throws Exception {
		String title = "Community gardens; the “green” estate of Szőce";
		String summary = "First line; with a semicolon.\nSecond line with \"quotes\", naïve café – and Őrség.";
		long id = this.editing
			.create(form("Közösségi kertek Szőcén",
					new PracticeEnglishForm(title, summary, "", "", "", "", "", "", "", "", "", "", true)),
					"angol-teszt")
			.getId();
		publish(id);
		String slug = this.editing.practiceForEditor(id).getSlug();

		byte[] csv = this.mvc.perform(get("/api/practices/open-data.csv"))
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(csv).as("UTF-8 byte-order mark, by which Excel reads the accents").startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(csv, StandardCharsets.UTF_8).substring(1);
		assertThat(text).endsWith("\r\n");
		List<CSVRecord> rows;
		try (CSVParser excel = CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(new StringReader(text))) {
			rows = excel.getRecords();
		}
		List<String> header = rows.get(0).toList();
		assertThat(rows).as("each practice one row, however many lines its texts have")
			.hasSize((int) this.practices.countPublished() + 1)
			.allSatisfy((row) -> assertThat(row.size()).isEqualTo(header.size()));
		CSVRecord row = rows.stream()
			.filter((record) -> record.get(header.indexOf("slug")).equals(slug))
			.findFirst()
			.orElseThrow();
		assertThat(row.get(header.indexOf("title"))).isEqualTo("Közösségi kertek Szőcén");
		assertThat(row.get(header.indexOf("title_en"))).isEqualTo(title);
		assertThat(row.get(header.indexOf("summary_en")).replace("\r\n", "\n")).isEqualTo(summary);
		assertThat(row.get(header.indexOf("english_version"))).isEqualTo("REVIEWED");
	}

	@Test
	void theOfficeDownloadsAnEnglishCaseStudyInTheStructureOfTheEuropeanDatabases() throws Exception {
		long id = publishedId("Szépkorúak nappali klubja");
		try (PDDocument document = Loader.loadPDF(caseStudy(id))) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).containsSubsequence("Day club for older people", "Location",
					"Szada (Pest county, 6,499 residents); Hungary", "The problem",
					"More and more older people in the village live alone", "The solution", "Resources", "Results",
					"46 regular members", "Transferability", "unused community building", "Contact", "Simon Erika");
			assertThat(text).doesNotContain("önkéntes sofőr");
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged for screen readers").isTrue();
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
		}
		this.mvc
			.perform(get("/admin/gyakorlatok/" + id + "/esettanulmany.pdf")
				.with(user("biralo@example.hu").roles("EVALUATOR")))
			.andExpect(status().isForbidden());
	}

	/**
	 * The gazetteer puts Budapest's districts in the county "főváros"; a case study names
	 * their place Budapest, not "főváros county".
	 */
	@Test
	void aCaseStudyOfABudapestDistrictPlacesItInBudapest() throws Exception {
		try (PDDocument document = Loader.loadPDF(caseStudy(publishedId("Közösségi rendőr és térfigyelés")))) {
			assertThat(new PDFTextStripper().getText(document)).contains("Budapest 13. ker. (Budapest, ")
				.doesNotContain("főváros");
		}
	}

	/** The office's download of the practice's English case study. */
	private byte[] caseStudy(long id) throws Exception {
		return this.mvc
			.perform(get("/admin/gyakorlatok/" + id + "/esettanulmany.pdf")
				.with(user("angol-teszt@example.hu").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".pdf")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private long publishedId(String title) {
		String slug = slugOf(title);
		return this.practices.publishedTitles()
			.stream()
			.filter((practice) -> practice.slug().equals(slug))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private String slugOf(String title) {
		return this.practices.search(PracticeSearchTests.query("\"" + title + "\""), PracticeSearchTests.HU)
			.items()
			.get(0)
			.slug();
	}

	private PracticeForm form(String title, PracticeEnglishForm english) {
		long theme = theme2021();
		return new PracticeForm(title, "Rövid összefoglaló magyarul.", "A probléma magyarul.", "", "", null, "",
				Stage.RUNNING, "", "", null, "", "", "", "", "", "21458", 2021, List.of(theme),
				AwardLevel.GOOD_PRACTICE, "", "", "", "", false, "", "", "",
				(english != null) ? english : PracticeEnglishForm.NONE);
	}

	private long theme2021() {
		return this.programme.cycle(2021).orElseThrow().themes().get(0).id();
	}

	private Document page(String url) throws Exception {
		return BrowserForm.parse(this.mvc.perform(get(url).with(user("angol-teszt@example.hu").roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private BrowserForm editPage(String url) throws Exception {
		String html = this.mvc.perform(get(url).with(user("angol-teszt@example.hu").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// The page offers the themes of the twenty years up to the latest programme year,
		// which other tests of the shared context may set far ahead of 2021.
		return BrowserForm.posting(html, url, url).without("_csrf").with("themeIds", String.valueOf(theme2021()));
	}

	private void submit(BrowserForm form) throws Exception {
		var response = this.mvc
			.perform(form.submission().with(csrf()).with(user("angol-teszt@example.hu").roles("ADMIN")))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus())
			.as("saved, yet the page said: %s",
					BrowserForm.parse(response.getContentAsString(StandardCharsets.UTF_8))
						.select(".field-error, .error-summary")
						.eachText())
			.isEqualTo(302);
	}

	private void publish(long id) {
		this.editing.publish(id, "angol-teszt");
		this.published.add(id);
	}

}
