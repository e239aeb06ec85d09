package hu.gyakorlattar.impact;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.account.AccountManagement;
import hu.gyakorlattar.account.InvitationForm;
import hu.gyakorlattar.account.Role;
import hu.gyakorlattar.impact.Evidence.InterestSource;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.practice.PracticeManagement;
import hu.gyakorlattar.practice.PublishedPractice;
import hu.gyakorlattar.shared.ApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo year's recommendations as the open data and an applicant's account show them:
 * never the municipality's own practice nor one it takes up, each explained, no contact's
 * address; an unknown municipality is a problem detail.
 */
@ApplicationTest
class RecommendedPracticesTests {

	private static final String SZADA = "21458";

	@Autowired
	MockMvc mvc;

	@Autowired
	MunicipalityDirectory directory;

	@Autowired
	PracticeManagement practices;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MatchmakingEvidence evidence;

	@Test
	void theApiRanksTenPracticesWithTheirReasonsButNeverTheMunicipalitysOwnNorOneItTakesUp() throws Exception {
		String fuzer = kshCode("Füzér");
		PublishedPractice bozsvas = ownPractice("31006");
		PublishedPractice szadas = ownPractice(SZADA);
		String path = "/api/municipalities/" + fuzer + "/recommended-practices";

		this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kshCode").value(fuzer))
			.andExpect(jsonPath("$.items", hasSize(RecommendingPractices.TOP)))
			.andExpect(jsonPath("$.items[0].rank").value(1))
			.andExpect(jsonPath("$.items[*].explanation", everyItem(org.hamcrest.Matchers.endsWith("."))))
			.andExpect(jsonPath("$.items[*].practiceSlug", not(org.hamcrest.Matchers.hasItem(bozsvas.slug()))))
			.andExpect(content().string(not(containsString("@"))));
		this.mvc.perform(get("/api/municipalities/" + SZADA + "/recommended-practices"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].practiceSlug", not(org.hamcrest.Matchers.hasItem(szadas.slug()))));
		this.mvc.perform(get(path).locale(Locale.ENGLISH).header("Accept-Language", "en")).andExpect(status().isOk());
	}

	@Test
	void anUnknownMunicipalityIsAProblemDetailAndAMalformedCodeNamesItsParameter() throws Exception {
		this.mvc.perform(get("/api/municipalities/99999/recommended-practices"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.title").value("Nincs ilyen település"));
		this.mvc.perform(get("/api/municipalities/abc/recommended-practices"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].parameter").value("kshCode"));
	}

	@Test
	void theApiIsDescribedInOpenApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/municipalities/{kshCode}/recommended-practices'].get.summary")
				.value("Practices recommended to a municipality"))
			.andExpect(jsonPath("$.paths['/api/municipalities/{kshCode}/recommended-practices'].get.responses['404']")
				.exists());
	}

	@Test
	void theThemesOfAMunicipalitysConferenceRegistrationsAreItsInterests() {
		assertThat(this.evidence.interestsOf(kshCode("Szada")).themes()).containsValue(InterestSource.REGISTRATION);
	}

	@Test
	void anApplicantSeesTheRecommendationsOfEachOfTheirMunicipalities() throws Exception {
		String email = "ajanlas@palhaza.example.hu";
		this.accounts.invite(new InvitationForm(email, "", "Pálházi", "Panna", Role.APPLICANT, kshCode("Pálháza")),
				Locale.forLanguageTag("hu"));

		this.mvc.perform(get("/fiok/ajanlott-gyakorlatok").with(user(email).roles("APPLICANT")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Pálháza számára"), containsString("<ol"),
					containsString("Ugyanebben a vármegyében működik"), containsString("href=\"/gyakorlatok/"))));
		this.mvc.perform(get("/fiok/ajanlott-gyakorlatok").with(user("ertekelo@example.hu").roles("EVALUATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ajánlásokat egy önkormányzat pályázói fiókja kap.")));
		this.mvc.perform(get("/fiok").with(user(email).roles("APPLICANT")))
			.andExpect(content().string(containsString("/fiok/ajanlott-gyakorlatok")));
	}

	private PublishedPractice ownPractice(String kshCode) {
		return this.practices.publishedPractices()
			.stream()
			.filter((practice) -> practice.ownedBy(kshCode))
			.findFirst()
			.orElseThrow();
	}

	private String kshCode(String name) {
		return this.directory.search(name, 5)
			.stream()
			.filter((found) -> found.name().equals(name))
			.findFirst()
			.orElseThrow()
			.kshCode();
	}

}
