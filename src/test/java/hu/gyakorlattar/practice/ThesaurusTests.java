package hu.gyakorlattar.practice;

import java.util.List;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.shared.ApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search's thesaurus: a broad word finds the practices of its narrower terms (a
 * narrow word does not find every practice of the theme its broader term names), the
 * office adds and removes relations without a deploy and the search follows at once (on
 * every instance), and bad input gets a message next to its field.
 */
@ApplicationTest
class ThesaurusTests {

	static final String PAGE = "/admin/gyakorlatok/tezaurusz";

	@Autowired
	MockMvc mvc;

	@Autowired
	PracticeManagement practices;

	@Autowired
	EditingThesaurus thesaurus;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aBroadWordFindsThePracticesOfItsNarrowerTermsAfterThoseThatUseIt() {
		assertThat(titles("klímavédelem")).anyMatch((title) -> title.startsWith("Tiszafüredi energiaközösség"))
			.noneMatch((title) -> title.startsWith("Bicskei"));
		assertThat(this.practices.search(PracticeSearchTests.query("társadalmi felzárkózás"), PracticeSearchTests.HU)
			.items()).hasSize(10).allSatisfy((hit) -> assertThat(hit.themes()).contains("Társadalmi felzárkózás"));
	}

	@Test
	void aNarrowWordDoesNotFindEveryPracticeOfTheThemeItsBroaderTermNames() {
		long elderlyCare = this.practices.search(PracticeSearchTests.query(""), PracticeSearchTests.HU)
			.facets()
			.theme()
			.stream()
			.filter((theme) -> theme.label().contains("idősellátás"))
			.findFirst()
			.orElseThrow()
			.count();
		PracticeResults dementia = this.practices.search(PracticeSearchTests.query("demencia"), PracticeSearchTests.HU);
		assertThat(dementia.items()).first()
			.extracting(PracticeResults.Hit::title)
			.asString()
			.startsWith("Demenciabarát Pécs");
		assertThat(dementia.total()).isLessThan(elderlyCare);
	}

	@Test
	void theOfficeAddsARelationAndTheSearchFollowsAtOnceAndRemovesIt() throws Exception {
		assertThat(titles("geotermia")).noneMatch((title) -> title.startsWith("Hegykői"));

		this.mvc
			.perform(admin(post(PAGE)).param("term", " Geotermia ")
				.param("relation", "RELATED")
				.param("otherTerm", "termálvíz"))
			.andExpect(redirectedUrl(PAGE));
		assertThat(titles("geotermia")).first().asString().startsWith("Hegykői");
		ThesaurusEntry added = this.thesaurus.all()
			.stream()
			.filter((entry) -> entry.getTerm().equals("geotermia"))
			.findFirst()
			.orElseThrow();
		this.mvc.perform(admin(get(PAGE)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("geotermia")));

		this.mvc.perform(admin(post(PAGE + "/" + added.getId() + "/torles"))).andExpect(redirectedUrl(PAGE));
		assertThat(titles("geotermia")).noneMatch((title) -> title.startsWith("Hegykői"));
	}

	@Test
	void theOfficeReadsTheTermsInHungarianAlphabeticalOrder() throws Exception {
		String page = this.mvc.perform(admin(get(PAGE))).andReturn().getResponse().getContentAsString();
		List<String> terms = java.util.regex.Pattern.compile("<th scope=\"row\">([^<]+)</th>")
			.matcher(page)
			.results()
			.map((term) -> term.group(1))
			.distinct()
			.toList();
		// The database's byte order put every term starting with "ö" after "z".
		assertThat(terms).containsSubsequence("oktatás", "önkormányzati innováció", "szegénység",
				"társadalmi felzárkózás");
	}

	@Test
	void aRelationAddedAndRemovedOnAnotherInstanceReachesTheNextSearch() {
		assertThat(titles("geotermia")).noneMatch((title) -> title.startsWith("Hegykői"));
		try {
			this.jdbc.update("insert into practice_thesaurus_entry (term, relation, other_term) "
					+ "values ('geotermia', 'NARROWER', 'termálvíz')");
			assertThat(titles("geotermia")).first().asString().startsWith("Hegykői");
		}
		finally {
			this.jdbc.update("delete from practice_thesaurus_entry where term = 'geotermia' and relation = 'NARROWER'");
		}
		assertThat(titles("geotermia")).noneMatch((title) -> title.startsWith("Hegykői"));
	}

	@Test
	void badInputGetsAMessageNextToItsField() throws Exception {
		expectError("", "NARROWER", "napelem", "Adja meg a fogalmat.");
		expectError("napelem", "NARROWER", "  ", "Adja meg a fogalmat.");
		expectError("Napelem", "RELATED", "napelem", "A két fogalom nem lehet ugyanaz.");
		expectError("x".repeat(101), "RELATED", "napelem", "legfeljebb 100 karakter");
		expectError("klímavédelem", "NARROWER", "napelem", "már szerepel a tezauruszban");
		expectError("klímavédelem", "KÖZELI", "napfény", "nem megfelelő formátumú");
		expectError("klímavédelem", "", "napfény", "Válassza ki, hogyan kapcsolódik");
	}

	@Test
	void onlyTheOfficeEditsTheThesaurus() throws Exception {
		this.mvc
			.perform(post(PAGE).with(csrf())
				.with(user("palyazo@example.hu").roles("APPLICANT"))
				.param("term", "a")
				.param("relation", "RELATED")
				.param("otherTerm", "b"))
			.andExpect(status().isForbidden());
	}

	private void expectError(String term, String relation, String otherTerm, String message) throws Exception {
		this.mvc
			.perform(admin(post(PAGE)).param("term", term).param("relation", relation).param("otherTerm", otherTerm))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(message)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("aria-invalid=\"true\"")));
	}

	private List<String> titles(String text) {
		return PracticeSearchTests
			.titles(this.practices.search(PracticeSearchTests.query(text), PracticeSearchTests.HU));
	}

	private static MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request) {
		return request.with(csrf()).with(user("iroda@example.hu").roles("ADMIN"));
	}

}
