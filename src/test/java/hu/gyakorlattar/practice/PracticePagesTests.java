package hu.gyakorlattar.practice;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.shared.ApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public knowledge base as a visitor and an API client see it: the search page with
 * facets and snippets, a practice page, the JSON API with the same facets, and the open
 * data.
 */
@ApplicationTest
class PracticePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PracticeManagement practices;

	@Test
	void theSearchPageShowsHitsWithHighlightedSnippetsAndFacetLinksThatKeepTheQuery() throws Exception {
		String page = this.mvc.perform(get("/gyakorlatok").param("q", "tanoda"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Szendrői tanoda").contains("<mark>");
		assertThat(page).contains("href=\"/gyakorlatok?q=tanoda&amp;megye=Borsod-Aba%C3%BAj-Zempl%C3%A9n\"");
		// a keyboard user need not pass every facet link to reach the hits
		assertThat(page).containsSubsequence(
				"<a class=\"skip-link\" href=\"#talalatok-lista\">Ugrás a találatokhoz</a>", "<aside class=\"facets\"",
				"<section class=\"results\" id=\"talalatok-lista\" tabindex=\"-1\"");
	}

	/**
	 * A reader who switches language keeps the search, its filters and its page; a query
	 * that is not properly encoded is left out of the link, not repeated in it.
	 */
	@Test
	void theLinkToTheOtherLanguageKeepsTheSearchItsFiltersAndPage() throws Exception {
		String page = shown(get("/gyakorlatok?q=idősek&megye=Vas&oldal=1&lang=hu"));
		assertThat(page).contains("<a href=\"?q=id%C5%91sek&amp;megye=Vas&amp;oldal=1&amp;lang=en\" hreflang=\"en\"");
		String english = shown(get("/gyakorlatok?q=idősek&lang=en"));
		assertThat(english).contains("<a href=\"?q=id%C5%91sek&amp;lang=hu\" hreflang=\"hu\"");
		String odd = shown(get("/gyakorlatok").with((request) -> {
			request.setQueryString("q=\"><script>alert(1)</script>");
			return request;
		}));
		assertThat(odd).contains("<a href=\"?lang=en\" hreflang=\"en\"").doesNotContain("<script>alert");
	}

	@Test
	void aSearchThatFindsNothingOffersTheCompoundsPartsAndNoEmptyFacets() throws Exception {
		String page = this.mvc.perform(get("/gyakorlatok").param("q", "hulladékgazdálkodásban"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page)
			.contains("Nincs a keresésnek megfelelő gyakorlat.", "Keresse külön az összetett szó részeit:",
					"href=\"/gyakorlatok?q=hullad%C3%A9k\"", "href=\"/gyakorlatok?q=gazd%C3%A1lkod%C3%A1sban\"")
			// and the results take the whole width
			.contains("class=\"search-layout without-facets\"")
			.doesNotContain("Ugrás a találatokhoz")
			.doesNotContain("<h2>Szűkítés</h2>");
	}

	@Test
	void facetsInTheUrlNarrowTheSearchAndUnknownValuesAreIgnored() throws Exception {
		String narrowed = this.mvc.perform(get("/gyakorlatok").param("megye", "Vas").param("meret", "FROM_1K"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Őriszentpéter")))
			.andExpect(content().string(not(containsString("Kőszegi önkéntes központ"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// Each chosen value is marked, and each of its facets offers any value again.
		assertThat(narrowed).contains("<a href=\"/gyakorlatok?megye=Vas&amp;meret=FROM_1K\" aria-current=\"true\"")
			.containsOnlyOnce("<a href=\"/gyakorlatok?meret=FROM_1K\">Bármely")
			.containsOnlyOnce("<a href=\"/gyakorlatok?megye=Vas\">Bármely");
		assertThat(narrowed.split("aria-current=\"true\"", -1)).hasSize(3);
		this.mvc
			.perform(get("/gyakorlatok").param("jogallas", "NINCS")
				.param("tema", "x")
				.param("ev", "20x1")
				.param("oldal", "999999999999")
				.param("rendezes", "<script>"))
			.andExpect(status().isOk());
	}

	@Test
	void oddQueriesGiveAPageNotAnError() throws Exception {
		for (String q : new String[] { "*?~:\"\\", "\"", "a az és", "x".repeat(5000), "<b>idős</b>" }) {
			this.mvc.perform(get("/gyakorlatok").param("q", q))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("<b>idős</b>"))));
		}
	}

	@Test
	void aPracticePageShowsTheRecordAndSimilarPractices() throws Exception {
		String slug = firstFound("jelzőrendszeres");
		this.mvc.perform(get("/gyakorlatok/" + slug))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Jelzőrendszeres házi segítségnyújtás okoseszközökkel")))
			.andExpect(content().string(containsString("Nyíregyháza")))
			.andExpect(content().string(containsString("Hasonló gyakorlatok")))
			.andExpect(content().string(containsString("Kovács Judit")))
			.andExpect(content().string(containsString("Mérhető eredmények")))
			.andExpect(content().string(not(containsString("Nehézségek"))))
			// a good practice, not among the year's results
			.andExpect(content().string(not(containsString("#eredmenyek-cim"))));
	}

	/** A practice among its year's results links them, in the reader's language. */
	@Test
	void aRecognisedPracticeLinksItsYearsResults() throws Exception {
		String slug = firstFound("Szendrői tanoda");
		this.mvc.perform(get("/gyakorlatok/" + slug))
			.andExpect(content().string(allOf(containsString("Legjobb gyakorlat"),
					containsString("<a href=\"/programev/2021#eredmenyek-cim\">A 2021. évi eredmények</a>"))));
		this.mvc.perform(get("/gyakorlatok/" + slug).param("lang", "en"))
			.andExpect(content()
				.string(containsString("<a href=\"/programev/2021#eredmenyek-cim\">The results of 2021</a>")));
	}

	@Test
	void theApiNamesAConsentedContactAndTheFormThatWritesToThemButNeverTheirAddress() throws Exception {
		String slug = firstFound("jelzőrendszeres");
		this.mvc.perform(get("/api/practices/" + slug))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.contactName").value("Kovács Judit"))
			.andExpect(jsonPath("$.contactForm").value(endsWith("/kapcsolatfelvetel/" + slug)))
			.andExpect(content().string(not(containsString("gondozas@nyiregyhaza.hu"))));
	}

	@Test
	void theContactPersonIsShownOnlyWithConsent() throws Exception {
		String slug = firstFound("térfigyelő kamerarendszer gödöllő");
		this.mvc.perform(get("/gyakorlatok/" + slug))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("kozbiztonsag@godollo.hu"))))
			.andExpect(content().string(not(containsString("Nagy Péter"))));
		this.mvc.perform(get("/api/practices/" + slug))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.contactEmail").doesNotExist());
	}

	@Test
	void anUnknownPracticeIsNotFound() throws Exception {
		this.mvc.perform(get("/gyakorlatok/nincs-ilyen")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/practices/nincs-ilyen"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	void theApiAnswersTotalItemsAndFacetsWithTheSameSemantics() throws Exception {
		long pest = this.practices
			.search(new PracticeQuery("idősek", null, "Pest", null, null, null, null, null, 0, 10),
					PracticeSearchTests.HU)
			.total();
		this.mvc.perform(get("/api/practices").param("q", "idősek").param("county", "Pest"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(pest))
			.andExpect(jsonPath("$.items[0].slug").isString())
			.andExpect(jsonPath("$.facets.theme[0].count").isNumber())
			.andExpect(jsonPath("$.facets.county[0].value").value("Pest"));
	}

	@Test
	void badApiParametersAreProblemsNamingTheParameter() throws Exception {
		this.mvc.perform(get("/api/practices").param("status", "FALU").param("size", "1000"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].parameter").exists());
		this.mvc.perform(get("/api/practices").param("q", "*?~:\"\\")).andExpect(status().isOk());
	}

	@Test
	void theOpenDataIsCsvWithBomAndJsonUnderCcBy() throws Exception {
		byte[] csv = this.mvc.perform(get("/api/practices/open-data.csv"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("gyakorlatok.csv")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text.lines().count()).isGreaterThan(this.practices.countPublished());
		assertThat(text).contains("Szépkorúak nappali klubja").contains("CC BY 4.0");
		assertThat(text).as("each row links to its practice wherever the file is read")
			.containsPattern(";\"?http://localhost:8080/gyakorlatok/[a-z0-9-]+\"?;")
			.doesNotContainPattern(";\"?/gyakorlatok/");

		this.mvc.perform(get("/api/practices/open-data.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.licence", containsString("CC BY 4.0")))
			.andExpect(jsonPath("$.practices.length()").value(this.practices.countPublished()));
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/practices/open-data.csv")))
			.andExpect(content().string(containsString("CC BY 4.0")));
	}

	/** The slug of the first practice a Hungarian search for these words finds. */
	/** The page the request is answered with, which must be there. */
	private String shown(RequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String firstFound(String words) {
		return this.practices.search(PracticeSearchTests.query(words), PracticeSearchTests.HU).items().get(0).slug();
	}

}
