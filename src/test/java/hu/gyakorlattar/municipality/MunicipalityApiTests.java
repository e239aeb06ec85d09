package hu.gyakorlattar.municipality;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The open-data JSON API and its problem details. */
@MunicipalityIntegrationTest
class MunicipalityApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void searchAnswersTotalAndItemsWithEnglishFieldNames() throws Exception {
		this.mvc.perform(get("/api/municipalities").param("q", "szekesfehervar"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].kshCode").value("14827"))
			.andExpect(jsonPath("$.items[0].name").value("Székesfehérvár"))
			.andExpect(jsonPath("$.items[0].status").value("MEGYESZEKHELY_MEGYEI_JOGU_VAROS"))
			.andExpect(jsonPath("$.items[0].county").value("Fejér"))
			.andExpect(jsonPath("$.items[0].district").value("Székesfehérvári"))
			.andExpect(jsonPath("$.items[0].population").isNumber())
			.andExpect(jsonPath("$.items[0].areaHectares").isNumber());
	}

	@Test
	void filtersAndPagesInHungarianOrder() throws Exception {
		this.mvc.perform(get("/api/municipalities").param("county", "főváros").param("size", "5").param("page", "1"))
			.andExpect(jsonPath("$.total").value(23))
			.andExpect(jsonPath("$.items", hasSize(5)))
			.andExpect(jsonPath("$.items[0].name").value("Budapest 06. ker."));
		this.mvc.perform(get("/api/municipalities").param("status", "FOVAROS"))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].kshCode").value("13578"))
			.andExpect(jsonPath("$.items[0].county").doesNotExist());
		this.mvc.perform(get("/api/municipalities"))
			.andExpect(jsonPath("$.total").value(3178))
			.andExpect(jsonPath("$.items", hasSize(50)));
	}

	@Test
	void oneMunicipalityByItsCodeKeepsLeadingZeros() throws Exception {
		this.mvc.perform(get("/api/municipalities/09566"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kshCode").value("09566"))
			.andExpect(jsonPath("$.name").value("Budapest 01. ker."))
			.andExpect(jsonPath("$.status").value("FOVAROSI_KERULET"));
	}

	@Test
	void anUnknownCodeIsAProblemDetail404() throws Exception {
		this.mvc.perform(get("/api/municipalities/00000"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.title").isNotEmpty())
			.andExpect(jsonPath("$.detail").isNotEmpty());
	}

	@Test
	void badParametersAreA400ProblemDetailNamingThem() throws Exception {
		this.mvc.perform(get("/api/municipalities").param("size", "100000"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail", containsString("size")))
			.andExpect(jsonPath("$.errors[0].parameter").value("size"));
		this.mvc.perform(get("/api/municipalities").param("page", "-1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].parameter").value("page"));
		this.mvc.perform(get("/api/municipalities").param("page", "első"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].parameter").value("page"));
		this.mvc.perform(get("/api/municipalities").param("status", "KIRALYSAG"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].parameter").value("status"));
		this.mvc.perform(get("/api/municipalities/abc"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].parameter").value("kshCode"));
	}

	@Test
	void theApiIsDocumentedInOpenApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/municipalities'].get.summary").value("Search municipalities"))
			.andExpect(jsonPath("$.paths['/api/municipalities'].get.parameters[*].name",
					org.hamcrest.Matchers.hasItems("q", "county", "status", "page", "size")))
			.andExpect(jsonPath("$.paths['/api/municipalities/{kshCode}'].get").exists());
	}

}
