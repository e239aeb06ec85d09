package hu.gyakorlattar.municipality;

import java.util.List;

import hu.gyakorlattar.shared.HungarianFormats;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public directory: search, filters, Hungarian order, paging, a page each. */
@MunicipalityIntegrationTest
class MunicipalityPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MunicipalityDirectory directory;

	@Test
	void theDatabaseOrdersNamesAsTheHungarianCollatorDoes() {
		Page<Municipality> all = this.directory.search(DirectoryQuery.everything(), PageRequest.of(0, 4000));
		List<String> names = all.stream().map(Municipality::getName).toList();

		assertThat(names).hasSize(3178);
		assertThat(names).isSortedAccordingTo(HungarianFormats.collator());
		// cs is a letter of its own, after c: Cún comes before Csabdi
		assertThat(names).containsSubsequence("Cún", "Csabdi");
		assertThat(names).containsSubsequence("Ozora", "Öcs");
		assertThat(names).containsSubsequence("Zalaegerszeg", "Zsámbék");
	}

	@Test
	void theDirectoryPagesFollowHungarianOrder() throws Exception {
		List<String> names = this.directory.search(DirectoryQuery.everything(), PageRequest.of(0, 4000))
			.map(Municipality::getName)
			.getContent();
		int cun = names.indexOf("Cún");
		int csabdi = names.indexOf("Csabdi");
		int cunPage = cun / MunicipalityPages.PAGE_SIZE + 1;

		String page = this.mvc.perform(get("/telepulesek").param("oldal", String.valueOf(cunPage)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains(">Cún</a>");
		if (csabdi / MunicipalityPages.PAGE_SIZE + 1 == cunPage) {
			assertThat(page.indexOf(">Cún</a>")).isLessThan(page.indexOf(">Csabdi</a>"));
		}
	}

	@Test
	void searchIgnoresAccentsAndCaseAndFindsPartsOfNames() throws Exception {
		this.mvc.perform(get("/telepulesek").param("q", "szekesfehervar"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Székesfehérvár</a>")))
			.andExpect(content().string(containsString("1 település felel meg")));
		this.mvc.perform(get("/telepulesek").param("q", "FEHÉRV"))
			.andExpect(content().string(containsString(">Székesfehérvár</a>")));
		this.mvc.perform(get("/telepulesek").param("q", "14827"))
			.andExpect(content().string(containsString(">Székesfehérvár</a>")));
	}

	@Test
	void wildcardsAreTakenLiterally() throws Exception {
		this.mvc.perform(get("/telepulesek").param("q", "%"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nincs a keresésnek megfelelő település.")));
	}

	@Test
	void filtersByCountyAndLegalStatus() throws Exception {
		// Budapest's districts, "főváros" in the gazetteer, are filtered by that value
		// and
		// shown under Budapest
		String districts = this.mvc.perform(get("/telepulesek").param("megye", "főváros"))
			.andExpect(content().string(allOf(containsString("23 település felel meg"),
					containsString("<option value=\"főváros\" selected=\"selected\">Budapest</option>"),
					containsString("<td>Budapest</td>"), not(containsString("<td>főváros</td>")))))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(districts).containsSubsequence(">Borsod-Abaúj-Zemplén</option>", ">Budapest</option>",
				">Csongrád-Csanád</option>");
		this.mvc.perform(get("/telepulesek").param("jogallas", "MEGYESZEKHELY_MEGYEI_JOGU_VAROS"))
			.andExpect(content().string(containsString("18 település felel meg")))
			.andExpect(content().string(containsString(">Pécs</a>")));
		this.mvc
			.perform(get("/telepulesek").param("megye", "Fejér").param("jogallas", "MEGYESZEKHELY_MEGYEI_JOGU_VAROS"))
			.andExpect(content().string(containsString("1 település felel meg")));
	}

	@Test
	void pagesAreLinksThatKeepTheSearch() throws Exception {
		String firstPage = this.mvc.perform(get("/telepulesek").param("jogallas", "VAROS"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(firstPage).contains("322 település felel meg")
			.contains("1. oldal a 7 oldalból")
			.contains("href=\"/telepulesek?jogallas=VAROS&amp;oldal=2\"")
			.doesNotContain("rel=\"prev\"");

		Page<Municipality> towns = this.directory.search(new DirectoryQuery(null, null, LegalStatus.VAROS),
				PageRequest.of(1, MunicipalityPages.PAGE_SIZE));
		this.mvc.perform(get("/telepulesek").param("jogallas", "VAROS").param("oldal", "2"))
			.andExpect(content().string(allOf(containsString("2. oldal a 7 oldalból"),
					containsString(">" + towns.getContent().get(0).getName() + "</a>"),
					containsString("href=\"/telepulesek?jogallas=VAROS\""), containsString("rel=\"prev\""))));
	}

	@Test
	void nonsenseParametersShowAPageNotAnError() throws Exception {
		this.mvc.perform(get("/telepulesek").param("oldal", "-3").param("jogallas", "KIRALYSAG"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(hungarian(3178) + " település felel meg")));
		this.mvc.perform(get("/telepulesek").param("oldal", "9999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("64. oldal a 64 oldalból")));
	}

	@Test
	void eachMunicipalityHasAPageWithTheKshAttribution() throws Exception {
		Municipality szekesfehervar = this.directory.municipality("14827").orElseThrow();
		String population = hungarian(szekesfehervar.getPopulation());

		this.mvc.perform(get("/telepulesek/14827"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Székesfehérvár</h1>"),
					containsString("megyeszékhely, megyei jogú város"), containsString("Fejér"),
					containsString("Székesfehérvári járás (kód: 085)"), containsString(population + " fő"),
					containsString("<a href=\"https://www.ksh.hu\">Településadatok forrása: KSH (CC BY 4.0)</a>"))));
	}

	@Test
	void anUnknownCodeIsNotFound() throws Exception {
		this.mvc.perform(get("/telepulesek/00000")).andExpect(status().isNotFound());
		this.mvc.perform(get("/telepulesek/nincs-ilyen")).andExpect(status().isNotFound());
	}

	@Test
	void theEnglishPagesUseEnglishLabels() throws Exception {
		this.mvc.perform(get("/telepulesek/13578").param("lang", "en"))
			.andExpect(content().string(allOf(containsString("capital"), containsString("Population"),
					not(containsString("Lakónépesség")))));
	}

	/** Thousands grouped as the Hungarian pages group them. */
	private static String hungarian(int number) {
		return String.format(HungarianFormats.HUNGARIAN, "%,d", number);
	}

}
