package hu.gyakorlattar;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.shared.ApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What operators and integrators rely on: the health probe, the API description and the
 * error pages.
 */
@ApplicationTest
class OperationsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void theHealthProbeAnswersUp() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
	}

	/**
	 * Readiness asks the database and the search backend (no traffic without them);
	 * liveness does not (restarting the application would not bring them back).
	 */
	@Test
	void readinessChecksTheDatabaseAndSearchLivenessDoesNot() throws Exception {
		this.mvc.perform(get("/actuator/health/readiness").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.search.status").value("UP"));
		this.mvc.perform(get("/actuator/health/liveness").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.db").doesNotExist())
			.andExpect(jsonPath("$.components.search").doesNotExist());
		this.mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components").doesNotExist());
	}

	/**
	 * Until the application takes traffic, readiness is down without asking the search
	 * backend: the index may be being rebuilt, and a query would make it flush.
	 */
	@Test
	void readinessDoesNotAskTheSearchBeforeTheApplicationTakesTraffic() throws Exception {
		AvailabilityChangeEvent.publish(this.context, ReadinessState.REFUSING_TRAFFIC);
		try {
			this.mvc.perform(get("/actuator/health/readiness").with(user("admin").roles("ADMIN")))
				.andExpect(status().isServiceUnavailable())
				.andExpect(jsonPath("$.components.db.status").value("UP"))
				.andExpect(jsonPath("$.components.search.status").value("UNKNOWN"));
		}
		finally {
			AvailabilityChangeEvent.publish(this.context, ReadinessState.ACCEPTING_TRAFFIC);
		}
		this.mvc.perform(get("/actuator/health/readiness").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.search.status").value("UP"));
	}

	@Test
	void theMetricsAreForAdminsOnly() throws Exception {
		this.mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/prometheus").with(user("applicant").roles("APPLICANT")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/prometheus").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("gyakorlattar_day_before_links{state=\"planned\"}")))
			.andExpect(content().string(containsString("gyakorlattar_day_before_links{state=\"overdue\"}")))
			.andExpect(content().string(containsString("gyakorlattar_questions_live_streams")))
			.andExpect(content().string(containsString("gyakorlattar_search_index_lag_seconds")));
	}

	@Test
	void theApiIsDescribedInOpenApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andExpect(jsonPath("$.openapi").exists());
	}

	/**
	 * The rules API linters (e.g. Spectral's recommended OpenAPI set) check: a described,
	 * licensed, contactable API whose every operation has an id, a summary, a tag, a
	 * success answer and its documented problem answers.
	 */
	@Test
	void theApiDescriptionNamesItsOwnerLicenceAndEveryAnswer() throws Exception {
		String json = this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(UTF_8);
		Map<String, Object> api = JsonPath.read(json, "$");
		assertThat(JsonPath.<String>read(json, "$.info.title")).isEqualTo("Gyakorlattár API");
		assertThat(JsonPath.<String>read(json, "$.info.description")).contains("CC BY").isNotBlank();
		assertThat(JsonPath.<String>read(json, "$.info.contact.url")).startsWith("http");
		assertThat(JsonPath.<String>read(json, "$.info.license.name")).isEqualTo("CC BY 4.0");
		assertThat(JsonPath.<String>read(json, "$.info.license.url"))
			.isEqualTo("https://creativecommons.org/licenses/by/4.0/");
		assertThat(JsonPath.<String>read(json, "$.servers[0].url")).doesNotEndWith("/");
		assertThat(JsonPath.<List<Object>>read(json, "$.security")).as("every operation is public").isEmpty();
		assertThat(JsonPath.<Map<String, Object>>read(json, "$.components.schemas")).containsKey("ProblemDetail");

		Map<String, Map<String, Map<String, Object>>> paths = JsonPath.read(json, "$.paths");
		assertThat(paths).isNotEmpty();
		paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
			String name = method.toUpperCase(java.util.Locale.ROOT) + " " + path;
			assertThat(operation).as(name).containsKeys("operationId", "summary", "tags", "responses");
			@SuppressWarnings("unchecked")
			Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
			assertThat(responses.keySet()).as(name + " answers").anyMatch((status) -> status.startsWith("2"));
			assertThat(responses).as(name + " problems").containsKeys("400", "429");
			if (path.contains("{")) {
				assertThat(responses).as(name + " looks something up").containsKey("404");
			}
		}));
		assertThat(api).containsKey("openapi");
	}

	@Test
	void anUnknownAddressAnswersNotFound() throws Exception {
		this.mvc.perform(get("/nincs-ilyen-oldal")).andExpect(status().isNotFound());
	}

}
