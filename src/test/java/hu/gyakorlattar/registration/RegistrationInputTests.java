package hu.gyakorlattar.registration;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferencesForRegistrationTests;
import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every write path of registration with bad input: the form, the API, the personal page;
 * each refusal is a message next to its field (or a problem detail naming it), never a
 * 500. And the office's list and exports.
 */
@ApplicationTest
class RegistrationInputTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConferenceManagement conferences;

	@Autowired
	RegistrationRepository repository;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	@Test
	void anEmptyFormOpensWithAnErrorSummaryLinkingEachBadFieldAndOneMessageUnderEachLabel() throws Exception {
		long id = openConference("Hibaösszesítő");
		Document page = Jsoup.parse(this.mvc.perform(post("/esemenyek/{id}/regisztracio", id).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		Element summary = page.selectFirst(".error-summary");
		assertThat(summary).isNotNull();
		assertThat(summary.attr("role")).isEqualTo("alert");
		assertThat(summary.attr("tabindex")).isEqualTo("-1");
		assertThat(summary.selectFirst("h2").text()).isEqualTo("Hiba történt");
		// Above the page's heading, in the page's order, each link naming its field
		// (the privacy box by its legend) before its message, so that the same message
		// for several fields reads as distinct lines.
		assertThat(page.select(".error-summary, h1").first()).isEqualTo(summary);
		assertThat(summary.select("a").eachAttr("href")).containsExactly("#familyName", "#givenName", "#email", "#post",
				"#municipality", "#privacyNoticeAccepted");
		assertThat(summary.select("a").eachText()).containsExactly("Vezetéknév: Kérjük, töltse ki ezt a mezőt.",
				"Utónév: Kérjük, töltse ki ezt a mezőt.", "E-mail-cím: Kérjük, töltse ki ezt a mezőt.",
				"Beosztás: Kérjük, töltse ki ezt a mezőt.",
				"Település: Adja meg a települését, vagy ha nem önkormányzattól érkezik, a szervezete nevét.",
				"Adatkezelés: A regisztrációhoz tudomásul kell vennie az adatkezelési tájékoztatót.");
		for (Element link : summary.select("a")) {
			String field = link.attr("href").substring(1);
			Element message = page.getElementById(field + "-error");
			assertThat(link.text()).endsWith(": " + message.text());
			Element input = page.getElementById(field);
			assertThat(input.attr("aria-invalid")).isEqualTo("true");
			assertThat(input.attr("aria-describedby").split(" ")).contains(field + "-error");
			// One message per field, after the label and before the field.
			assertThat(message.parent().select(".field-error")).hasSize(1);
			assertThat(message.elementSiblingIndex()).isLessThan(input.elementSiblingIndex());
		}
		assertThat(page.getElementById("familyName-error").previousElementSibling().tagName()).isEqualTo("label");
		assertThat(page.getElementById("email").attr("aria-describedby")).isEqualTo("email-hint email-error");
		assertThat(page.select("script[src*=/js/error-summary]")).hasSize(1);
		assertThat(page.getElementById("prefix").hasAttr("aria-invalid")).isFalse();

		Document english = Jsoup
			.parse(this.mvc.perform(post("/esemenyek/{id}/regisztracio", id).with(csrf()).param("lang", "en"))
				.andReturn()
				.getResponse()
				.getContentAsString());
		Element englishSummary = english.selectFirst(".error-summary");
		assertThat(englishSummary.selectFirst("h2").text()).isEqualTo("There is a problem");
		assertThat(englishSummary.selectFirst("a[href=#familyName]").text())
			.isEqualTo("Family name: " + english.getElementById("familyName-error").text())
			.doesNotContain("Kérjük");
	}

	@Test
	void aFormWithoutErrorsHasNoSummary() throws Exception {
		long id = openConference("Hibátlan űrlap");
		this.mvc.perform(get("/esemenyek/{id}/regisztracio", id))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("error-summary"))))
			.andExpect(content().string(not(containsString("/js/error-summary"))))
			.andExpect(content().string(containsString("id=\"prefix\"")));
	}

	@Test
	void browsersMayFillInTheRegistrantsOwnDetails() throws Exception {
		long id = openConference("Automatikus kitöltés");
		Document form = Jsoup.parse(this.mvc.perform(get("/esemenyek/{id}/regisztracio", id))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(form.getElementById("prefix").attr("autocomplete")).isEqualTo("honorific-prefix");
		assertThat(form.getElementById("familyName").attr("autocomplete")).isEqualTo("family-name");
		assertThat(form.getElementById("givenName").attr("autocomplete")).isEqualTo("given-name");
		assertThat(form.getElementById("email").attr("autocomplete")).isEqualTo("email");
		assertThat(form.getElementById("post").attr("autocomplete")).isEqualTo("organization-title");
		assertThat(form.getElementById("organisation").attr("autocomplete")).isEqualTo("organization");
		assertThat(form.getElementById("phone").attr("autocomplete")).isEqualTo("tel");
		assertThat(form.getElementById("question").hasAttr("autocomplete")).isFalse();
	}

	@Test
	void theIntroductionNamesTheConferenceWithTheArticleItTakes() throws Exception {
		long id = openConference("Önkormányzati nap");
		this.mvc.perform(get("/esemenyek/{id}/regisztracio", id))
			.andExpect(content().string(containsString("Regisztráljon az „Önkormányzati nap” online konferenciára.")));
	}

	@Test
	void theFormShowsAMessageNextToEachBadField() throws Exception {
		long id = openConference("Hibás adatok");
		this.mvc.perform(post("/esemenyek/{id}/regisztracio", id).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"familyName-error\">Kérjük, töltse ki ezt a mezőt.")))
			.andExpect(content().string(containsString("id=\"givenName-error\">Kérjük, töltse ki ezt a mezőt.")))
			.andExpect(content().string(containsString("id=\"email-error\">Kérjük, töltse ki ezt a mezőt.")))
			.andExpect(content().string(containsString("id=\"post-error\">Kérjük, töltse ki ezt a mezőt.")))
			.andExpect(content()
				.string(containsString("id=\"privacyNoticeAccepted-error\">A regisztrációhoz tudomásul kell vennie")));

		this.mvc
			.perform(form(id, "familyName", "x".repeat(101), "givenName", "<script>alert(1)</script>", "email", "anna@",
					"phone", "hívjon fel"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"familyName-error\">Legfeljebb 100 karakter lehet.")))
			.andExpect(
					content().string(containsString("id=\"givenName-error\">Nem tartalmazhat &lt; vagy &gt; jelet.")))
			.andExpect(content().string(containsString("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(containsString("id=\"email-error\">Kérjük, érvényes e-mail-címet adjon meg")))
			.andExpect(content().string(containsString("id=\"phone-error\">A telefonszám csak számjegyeket")));

		this.mvc.perform(form(id, "email", "anna@", "municipality", "Hódmezővásárhelyy"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"email-error\">Kérjük, érvényes e-mail-címet"),
					containsString("id=\"municipality-error\">Nincs ilyen nevű település"))));
		this.mvc.perform(form(id, "email", "anna@", "municipality", "", "organisation", ""))
			.andExpect(content().string(allOf(containsString("id=\"email-error\">"),
					containsString("id=\"municipality-error\">Adja meg a települését, vagy"))));
		this.mvc.perform(form(id, "municipality", "99999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nincs 99999 KSH-kódú település a helységnévtárban.")));
		this.mvc.perform(form(id, "municipality", "Szadaa"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nincs ilyen nevű település")));
		this.mvc.perform(form(id, "municipality", "", "organisation", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Adja meg a települését, vagy")));
		this.mvc.perform(form(id, "privacyNoticeAccepted", "false"))
			.andExpect(content().string(containsString("A regisztrációhoz tudomásul kell vennie")));
		this.mvc.perform(form(id, "municipality", "szada")).andExpect(redirectedUrl(sent(id)));
		assertThat(this.repository.findAll()).filteredOn((r) -> r.getConferenceId() == id).hasSize(1);
	}

	@Test
	void registrationBeforeOpeningAfterClosingOrForAnUnpublishedConferenceIsRefused() throws Exception {
		LocalDate today = today();
		long notYet = this.transaction
			.execute((status) -> ConferencesForRegistrationTests.published(this.conferences, "Még nem nyílt meg",
					today.plusDays(20), 10, today.plusDays(2).atTime(9, 0), today.plusDays(19).atTime(9, 0)));
		long closed = this.transaction.execute((status) -> ConferencesForRegistrationTests.published(this.conferences,
				"Lezárult", today.plusDays(20), 10, today.minusDays(9).atTime(9, 0), today.minusDays(1).atTime(9, 0)));
		long hidden = this.transaction.execute((status) -> ConferencesForRegistrationTests.unpublished(this.conferences,
				"Rejtett", today.plusDays(20)));

		this.mvc.perform(get("/esemenyek/{id}/regisztracio", notYet))
			.andExpect(content().string(containsString("A regisztráció még nem nyílt meg. Kezdete:")))
			.andExpect(content().string(not(containsString("name=\"familyName\""))));
		this.mvc.perform(form(notYet))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A regisztráció még nem nyílt meg.")));
		this.mvc.perform(form(closed))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A regisztráció lezárult.")));
		this.mvc.perform(get("/esemenyek/{id}/regisztracio", hidden)).andExpect(status().isNotFound());
		this.mvc.perform(form(hidden)).andExpect(status().isNotFound());
		this.mvc.perform(api(hidden, validJson("rejtett@example.hu"))).andExpect(status().isNotFound());
		this.mvc.perform(api(closed, validJson("lezart@example.hu")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("A regisztráció lezárult."));
		assertThat(this.repository.findAll()).noneMatch(
				(r) -> r.getConferenceId() == notYet || r.getConferenceId() == closed || r.getConferenceId() == hidden);
	}

	@Test
	void theApiAnswersTheSameWhetherOrNotTheAddressRegisteredBefore() throws Exception {
		long id = openConference("API-regisztráció");
		String first = this.mvc.perform(api(id, validJson("api.anna@example.hu")))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String again = this.mvc.perform(api(id, validJson("API.Anna@example.hu")))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(again).isEqualTo(first).contains("Elküldtük a további teendőket").doesNotContain("api.anna");
		List<Registration> stored = this.repository.findAll()
			.stream()
			.filter((r) -> r.getConferenceId() == id)
			.toList();
		assertThat(stored).hasSize(1);
		assertThat(stored.get(0).getMunicipality().name()).isEqualTo("Szada");
	}

	@Test
	void theApiNamesEachInvalidFieldInAProblemDetail() throws Exception {
		long id = openConference("API hibák");
		this.mvc.perform(api(id, """
				{"familyName": "", "givenName": "<b>Anna</b>", "email": "nem-email", "post": "jegyző",
				 "municipalityKshCode": "13657", "privacyNoticeAccepted": false}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.title").value("Érvénytelen adatok"))
			.andExpect(jsonPath("$.errors[?(@.field == 'familyName')].message").value("Kérjük, töltse ki ezt a mezőt."))
			.andExpect(
					jsonPath("$.errors[?(@.field == 'givenName')].message").value("Nem tartalmazhat < vagy > jelet."))
			.andExpect(jsonPath("$.errors[?(@.field == 'email')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'privacyNoticeAccepted')]").exists());
		this.mvc.perform(api(id, validJson("ismeretlen@example.hu").replace(szadaCode(), "99999")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("municipalityKshCode"))
			.andExpect(jsonPath("$.errors[0].message").value("Nincs 99999 KSH-kódú település a helységnévtárban."));
		this.mvc.perform(api(id, "{nem json")).andExpect(status().isBadRequest());
		this.mvc.perform(api(id, "[]")).andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/api/conferences/{id}/registrations", "nem-szam").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(validJson("x@example.hu")))
			.andExpect(status().is4xxClientError());
	}

	@Test
	void theApiIsDescribedInTheOpenApiDocument() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/conferences/{id}/registrations'].post.responses['202']").exists())
			.andExpect(jsonPath("$.paths['/api/conferences/{id}/registrations'].post.responses['400']").exists())
			.andExpect(jsonPath("$.components.schemas.RegistrationRequest.properties.municipalityKshCode").exists());
	}

	@Test
	void aRegistrantEditsTheirDataWithTheSameChecks() throws Exception {
		long id = openConference("Adatmódosítás");
		this.mvc.perform(form(id, "email", "modosito@example.hu")).andExpect(redirectedUrl(sent(id)));
		String token = this.repository.findAll()
			.stream()
			.filter((r) -> r.getEmail().equals("modosito@example.hu"))
			.findFirst()
			.orElseThrow()
			.getPersonalToken();

		this.mvc.perform(get("/regisztraciom/{t}/adatok", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Szada (")));
		this.mvc
			.perform(post("/regisztraciom/{t}/adatok", token).with(csrf())
				.param("familyName", "")
				.param("givenName", "Anna")
				.param("post", "x".repeat(201))
				.param("municipality", "99999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"familyName-error\"")))
			.andExpect(content().string(containsString("id=\"post-error\">Legfeljebb 200 karakter lehet.")));
		this.mvc
			.perform(post("/regisztraciom/{t}/adatok", token).with(csrf())
				.param("familyName", "Kovácsné")
				.param("givenName", "Anna")
				.param("post", "aljegyző")
				.param("municipality", "")
				.param("organisation", "Példa Egyesület")
				.param("followUpConsent", "true"))
			.andExpect(redirectedUrl("/regisztraciom/" + token));
		Registration edited = this.repository.findByPersonalToken(token).orElseThrow();
		assertThat(edited.getFamilyName()).isEqualTo("Kovácsné");
		assertThat(edited.getMunicipality().kshCode()).isNull();
		assertThat(edited.getOrganisation()).isEqualTo("Példa Egyesület");
		assertThat(edited.isFollowUpConsent()).isTrue();
		assertThat(edited.getEmail()).isEqualTo("modosito@example.hu");
	}

	@Test
	void aPrefixTooLongOrOnMoreThanOneLineIsRefusedNextToItsFieldAndNothingIsSaved() throws Exception {
		long id = openConference("Hibás előtag");
		this.mvc.perform(form(id, "prefix", "dr. ".repeat(11)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"prefix-error\">Legfeljebb 40 karakter lehet.")));
		this.mvc.perform(form(id, "prefix", "dr.\u0007"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"prefix-error\">Egy sorban adja meg")));
		this.mvc.perform(api(id, validJson("elotag@example.hu").replace("{", "{\"prefix\": \"dr.\\nx\", ")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("prefix"));
		assertThat(this.repository.findAll()).noneMatch((r) -> r.getConferenceId() == id);

		this.mvc.perform(form(id, "email", "elotag@example.hu")).andExpect(redirectedUrl(sent(id)));
		String token = this.repository.findAll()
			.stream()
			.filter((r) -> r.getConferenceId() == id)
			.findFirst()
			.orElseThrow()
			.getPersonalToken();
		for (String bad : List.of("x".repeat(41), "dr.\r\n")) {
			this.mvc
				.perform(post("/regisztraciom/{t}/adatok", token).with(csrf())
					.param("prefix", bad)
					.param("familyName", "Kovács")
					.param("givenName", "Anna")
					.param("post", "jegyző")
					.param("municipality", "Szada"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"prefix-error\"")));
		}
		assertThat(this.repository.findByPersonalToken(token).orElseThrow().getPrefix()).isEmpty();
	}

	@Test
	void aRegistrantAddsTheirPrefixOnTheirPageAndTheOfficeFindsThemUnderTheirFamilyName() throws Exception {
		long id = openConference("Előtag az adatlapon");
		for (String[] person : new String[][] { { "Kovács", "Éva" }, { "Fekete", "Ferenc" }, { "Ábel", "Ádám" } }) {
			this.mvc
				.perform(form(id, "familyName", person[0], "givenName", person[1], "email",
						HungarianFormats.fold(person[0]) + ".elotag@example.hu"))
				.andExpect(redirectedUrl(sent(id)));
		}
		String token = this.repository.findAll()
			.stream()
			.filter((r) -> r.getConferenceId() == id && r.getFamilyName().equals("Kovács"))
			.findFirst()
			.orElseThrow()
			.getPersonalToken();
		this.mvc
			.perform(post("/regisztraciom/{t}/adatok", token).with(csrf())
				.param("prefix", " dr. ")
				.param("familyName", "Kovács")
				.param("givenName", "Éva")
				.param("post", "jegyző")
				.param("municipality", "Szada"))
			.andExpect(redirectedUrl("/regisztraciom/" + token));
		assertThat(this.repository.findByPersonalToken(token).orElseThrow().name().toString())
			.isEqualTo("dr. Kovács Éva");
		this.mvc.perform(get("/regisztraciom/{t}/adatok", token))
			.andExpect(content().string(containsString("value=\"dr.\"")));

		String list = this.mvc.perform(get("/admin/esemenyek/{id}/regisztraciok", id).with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).containsSubsequence("Ábel Ádám", "Fekete Ferenc", "dr. Kovács Éva");
		String csv = this.mvc.perform(get("/admin/esemenyek/{id}/regisztraciok.csv", id).with(admin()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("dr.;Kovács;Éva;kovacs.elotag@example.hu");
	}

	@Test
	void theOfficeSearchesFiltersAndExportsForHungarianExcel() throws Exception {
		long id = openConference("Export");
		this.mvc.perform(form(id, "familyName", "Őz", "givenName", "Ödön", "email", "oz.odon@example.hu"))
			.andExpect(redirectedUrl(sent(id)));
		this.mvc.perform(form(id, "familyName", "Bárány", "givenName", "Béla", "email", "barany@example.hu"))
			.andExpect(redirectedUrl(sent(id)));
		this.mvc.perform(get("/admin/esemenyek/{id}/regisztraciok", id).param("q", "oz odon").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Őz Ödön")))
			.andExpect(content().string(not(containsString("Bárány Béla"))));
		this.mvc.perform(get("/admin/esemenyek/{id}/regisztraciok", id).param("status", "CONFIRMED").with(admin()))
			.andExpect(content().string(containsString("Nincs a feltételeknek megfelelő regisztráció.")));
		this.mvc.perform(get("/admin/esemenyek/{id}/regisztraciok", id).param("status", "REQUESTED").with(admin()))
			.andExpect(content().string(containsString("Bárány Béla")))
			.andExpect(content().string(containsString("Összesen 2 regisztráció; 1 különböző település.")));

		byte[] csv = this.mvc.perform(get("/admin/esemenyek/{id}/regisztraciok.csv", id).with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).contains("Előtag;Vezetéknév;Utónév;E-mail-cím;Beosztás;Település;KSH-kód")
			.contains(";Őz;Ödön;oz.odon@example.hu;jegyző;Szada;")
			.contains("megerősítésre vár");

		byte[] xlsx = this.mvc.perform(get("/admin/esemenyek/{id}/regisztraciok.xlsx", id).with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(3);
			assertThat(rows.stream().map((row) -> row.getCellText(1)).collect(Collectors.toList()))
				.containsExactly("Vezetéknév", "Őz", "Bárány");
		}
	}

	@Test
	void aRegistrantNamedLikeAFormulaIsPlainTextInTheOfficesCsv() throws Exception {
		long id = openConference("Képlet a névben");
		String formula = "=HYPERLINK(\"http://x\",\"y\")";
		this.mvc.perform(form(id, "familyName", formula, "givenName", "@SUM(A1)", "email", "keplet@example.hu"))
			.andExpect(redirectedUrl(sent(id)));
		this.mvc
			.perform(api(id,
					validJson("api.keplet@example.hu").replace("\"Kovács\"", "\"+Kovács\"")
						.replace("\"jegyző\"", "\"-1+1\"")))
			.andExpect(status().isAccepted());

		byte[] csv = this.mvc.perform(get("/admin/esemenyek/{id}/regisztraciok.csv", id).with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).doesNotContain(";=").doesNotContain("\"=").doesNotContain(";@").doesNotContain(";+");
		List<CSVRecord> records;
		try (CSVParser parser = CSVFormat.DEFAULT.builder()
			.setDelimiter(';')
			.get()
			.parse(new StringReader(text.substring(1)))) {
			records = parser.getRecords();
		}
		assertThat(records).hasSize(3);
		assertThat(records).anySatisfy((row) -> assertThat(row.values()).startsWith("", "'" + formula, "'@SUM(A1)",
				"keplet@example.hu", "jegyző"));
		assertThat(records).anySatisfy(
				(row) -> assertThat(row.values()).startsWith("", "'+Kovács", "Anna", "api.keplet@example.hu", "'-1+1"));
	}

	@Test
	void aNameWithALineBreakIsRefusedOnTheFormAndInTheApiAndNothingIsSaved() throws Exception {
		long id = openConference("Sortörés a névben");
		this.mvc
			.perform(form(id, "familyName", "Kovács\r\nAnna;x@example.hu", "givenName", "Anna\n", "post", "jegyző\tx",
					"organisation", "Példa\0Egyesület"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"familyName-error\">Egy sorban adja meg")))
			.andExpect(content().string(containsString("id=\"givenName-error\">Egy sorban adja meg")))
			.andExpect(content().string(containsString("id=\"post-error\">Egy sorban adja meg")))
			.andExpect(content().string(containsString("id=\"organisation-error\">Egy sorban adja meg")));
		this.mvc.perform(api(id, validJson("sortores@example.hu").replace("\"Anna\"", "\"Anna\\r\\nBéla\"")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("givenName"))
			.andExpect(jsonPath("$.errors[0].message").value("Egy sorban adja meg, sortörés és tabulátor nélkül."));
		this.mvc
			.perform(api(id,
					validJson("sortores@example.hu").replace("\"Anna\"", "\"Anna\"")
						.replace("\"jegyző\"", "\"jegyző\\u000b\""))
				.param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("post"))
			.andExpect(
					jsonPath("$.errors[0].message").value("Please write it on one line, without line breaks or tabs."));
		assertThat(this.repository.findAll()).noneMatch((r) -> r.getConferenceId() == id);

		this.mvc.perform(form(id, "email", "sortores.utan@example.hu")).andExpect(redirectedUrl(sent(id)));
		Registration registration = this.repository.findAll()
			.stream()
			.filter((r) -> r.getConferenceId() == id)
			.findFirst()
			.orElseThrow();
		this.mvc
			.perform(post("/regisztraciom/{t}/adatok", registration.getPersonalToken()).with(csrf())
				.param("familyName", "Kovács")
				.param("givenName", "Anna\r\nBéla")
				.param("post", "jegyző")
				.param("municipality", "Szada"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"givenName-error\">Egy sorban adja meg")));
		assertThat(this.repository.findById(registration.getId()).orElseThrow().getGivenName()).isEqualTo("Anna");
	}

	@Test
	void aYearAfterTheConferenceThePersonalDataIsGoneAndTheStatisticsStay() throws Exception {
		LocalDate longAgo = today().minusDays(400);
		long id = this.transaction.execute((status) -> ConferencesForRegistrationTests.published(this.conferences,
				"Régi konferencia", longAgo, 10, longAgo.minusDays(10).atTime(9, 0), longAgo.atTime(9, 0)));
		String token = RegistrationTokens.newToken();
		Registration old = this.transaction.execute((status) -> {
			Registration registration = this.repository.save(new Registration(id,
					new Registrant("", "Régi", "Rózsa", "regi.rozsa@example.hu", "jegyző",
							this.directory.find(szadaCode()).orElseThrow(), null, "+36 1 234 5678", true, false),
					"1", HungarianFormats.HUNGARIAN, null, token, RegistrationTokens.newToken(),
					this.clock.instant().minus(java.time.Duration.ofDays(410))));
			registration.confirm(this.clock.instant().minus(java.time.Duration.ofDays(409)));
			return registration;
		});

		Integer anonymised = this.transaction.execute((status) -> this.retention
			.anonymiseEndedBefore(this.clock.instant().minus(java.time.Duration.ofDays(365))));

		assertThat(anonymised).isPositive();
		Registration after = this.repository.findById(old.getId()).orElseThrow();
		assertThat(after.getFamilyName()).isEmpty();
		assertThat(after.getGivenName()).isEmpty();
		assertThat(after.getEmail()).doesNotContain("rozsa");
		assertThat(after.getPhone()).isNull();
		assertThat(after.getAnonymisedAt()).isNotNull();
		assertThat(after.getMunicipality().kshCode()).isEqualTo(szadaCode());
		assertThat(after.getMunicipality().county()).isEqualTo("Pest");
		assertThat(after.getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
		this.mvc.perform(get("/regisztraciom/{t}", token))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Ez a link nem érvényes")));
		Integer again = this.transaction.execute((status) -> this.retention
			.anonymiseEndedBefore(this.clock.instant().minus(java.time.Duration.ofDays(365))));
		assertThat(again).isZero();
	}

	@Autowired
	RegistrationRetention retention;

	// --- helpers ---

	long openConference(String title) {
		return this.transaction.execute((status) -> ConferencesForRegistrationTests
			.openForRegistration(this.conferences, this.clock, title, 50));
	}

	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST);
	}

	/** A valid submission, to be spoilt one field at a time. */
	MockHttpServletRequestBuilder form(long id, String... overrides) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("familyName", "Kovács");
		fields.put("givenName", "Anna");
		fields.put("email", "kovacs.anna" + id + "@example.hu");
		fields.put("post", "jegyző");
		fields.put("municipality", "Szada");
		fields.put("privacyNoticeAccepted", "true");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/esemenyek/{id}/regisztracio", id).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	/** As an integration posts it: JSON, no session, no CSRF token. */
	MockHttpServletRequestBuilder api(long id, String json) {
		return post("/api/conferences/{id}/registrations", id).contentType(MediaType.APPLICATION_JSON).content(json);
	}

	String validJson(String email) {
		return """
				{"familyName": "Kovács", "givenName": "Anna", "email": "%s", "post": "jegyző",
				 "municipalityKshCode": "%s", "phone": "+36 30 123 4567", "question": null,
				 "privacyNoticeAccepted": true, "listConsent": false, "followUpConsent": true}""".formatted(email,
				szadaCode());
	}

	@Autowired
	hu.gyakorlattar.municipality.MunicipalityDirectory directory;

	String szadaCode() {
		return this.directory.search("Szada", 5)
			.stream()
			.filter((m) -> m.name().equals("Szada"))
			.findFirst()
			.orElseThrow()
			.kshCode();
	}

	static String sent(long id) {
		return "/esemenyek/" + id + "/regisztracio/elkuldve";
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return user("admin@example.hu").roles("ADMIN");
	}

}
