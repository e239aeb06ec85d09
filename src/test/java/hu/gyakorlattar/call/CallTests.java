package hu.gyakorlattar.call;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.programme.DemoYearsForTests;
import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.programme.ThemesForTests;
import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.HungarianWorkingDays;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The office writes a call, gets every mistake explained next to its field, publishes it,
 * and the public reads it with its deadline, form and criteria, also as a PDF. Shares the
 * context: its calls belong to themes of its own in 2015, before the demo's year.
 */
@ApplicationTest
class CallTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CallManagement calls;

	@Autowired
	ProgrammeManagement programme;

	@Test
	void theDemoCycleHasItsCallsWithTheEightCouncilOfEuropeCriteriaOnAOneToFiveScale() throws Exception {
		int thisYear = DemoYearsForTests.current(this.programme);
		List<CallView> ofThisYear = this.calls.published(thisYear);
		assertThat(ofThisYear).extracting((call) -> call.themeName(HungarianFormats.HUNGARIAN))
			.containsExactly("Önkormányzati idősellátás");
		// The open call is due six weeks after the demo data's day, on the first working
		// day from there.
		LocalDate openCallDue = LocalDate.ofInstant(ofThisYear.get(0).deadline(), HungarianFormats.BUDAPEST);
		assertThat(HungarianWorkingDays.isWorkingDay(openCallDue)).as(openCallDue.toString()).isTrue();
		List<CallView> of2021 = this.calls.published(2021);
		assertThat(of2021).extracting((call) -> call.themeName(HungarianFormats.HUNGARIAN))
			.containsExactly("Önkormányzati innovációk");
		CallView innovations = of2021.get(0);
		assertThat(innovations.criteria()).extracting(CriterionView::kind).containsExactly(CriterionKind.values());
		assertThat(innovations.scaleMin()).isEqualTo(1);
		assertThat(innovations.scaleMax()).isEqualTo(5);
		assertThat(innovations.sections()).hasSize(SectionKind.values().length);
		this.mvc.perform(get("/felhivasok/" + innovations.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("2021. június 30. (szerda) 23.59"),
					containsString("Relevancia"), containsString("Helyi kezdeményezés"), containsString("1–5 ponttal"),
					containsString("Lezárult"))));
		this.mvc.perform(get("/felhivasok").param("ev", String.valueOf(thisYear)))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("Önkormányzati idősellátás"), containsString("Beadható"))));
	}

	@Test
	void aDeadlineCountsToTheLastSecondOfItsMinuteInBudapestTime() {
		long themeId = ThemesForTests.theme(this.programme, 2015, "Határidő-próba");
		CallView call = this.calls
			.create(form(themeId, "Határidő", LocalDate.of(2015, 5, 1), LocalDate.of(2015, 6, 30)));
		this.calls.publish(call.id());
		CallView published = this.calls.find(call.id()).orElseThrow();
		Instant lastSecond = ZonedDateTime.of(2015, 6, 30, 23, 59, 59, 0, HungarianFormats.BUDAPEST).toInstant();
		assertThat(published.open(lastSecond)).isTrue();
		assertThat(published.open(lastSecond.plusMillis(999))).isTrue();
		assertThat(published.open(lastSecond.plusSeconds(1))).as("00:00:00 is late").isFalse();
		assertThat(published.over(lastSecond.plusSeconds(1))).isTrue();
		assertThat(published.open(ZonedDateTime.of(2015, 4, 30, 23, 59, 59, 0, HungarianFormats.BUDAPEST).toInstant()))
			.as("not open yet")
			.isFalse();
		assertThat(published.deadline()).isEqualTo(Instant.parse("2015-06-30T21:59:00Z"));
	}

	@Test
	void badInputIsExplainedNextToItsFieldAndNothingIsCreated() throws Exception {
		long themeId = ThemesForTests.theme(this.programme, 2015, "Hibás űrlap");
		this.mvc.perform(asAdmin(post("/admin/felhivasok")).param("themeId", String.valueOf(themeId)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"textHu-error\""),
					containsString("id=\"eligibilityHu-error\""), containsString("id=\"deadlineOn-error\""))));
		this.mvc
			.perform(asAdmin(filled(post("/admin/felhivasok"), themeId, "deadlineOn", "2015-04-01", "deadlineAt",
					"nem idő", "sections[0].maxLength", "50", "criteria[0].weight", "11")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"deadlineAt-error\""),
					containsString("sections0.maxLength-error"), containsString("criteria0.weight-error"))))
			// The summary above the form names and links each row of the tables
			.andExpect(content().string(allOf(containsString("class=\"error-summary\""),
					containsString("href=\"#sections0.maxLength\">Rövid összefoglaló – karakterkorlát: "),
					containsString("href=\"#criteria0.weight\">"), containsString("href=\"#deadlineAt\""))));
		this.mvc.perform(asAdmin(filled(post("/admin/felhivasok"), themeId, "deadlineOn", "2015-04-01")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A határidő a beadás kezdete után legyen.")));
		this.mvc.perform(asAdmin(filled(post("/admin/felhivasok"), themeId, allWeights("0"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Legalább egy szempontnak legyen 0-nál nagyobb súlya.")));
		this.mvc.perform(asAdmin(filled(post("/admin/felhivasok"), 999_999)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nincs ilyen témakör.")));
		assertThat(this.calls.all()).noneMatch((call) -> call.themeId() == themeId);
	}

	@Test
	void theOfficeCreatesAndPublishesACallWhoseFormAndCriteriaThenStayAsPublished() throws Exception {
		long themeId = ThemesForTests.theme(this.programme, 2015, "Közösségi kertek");
		String location = this.mvc
			.perform(asAdmin(filled(post("/admin/felhivasok"), themeId, "textHu", "<script>alert(1)</script> Kertek",
					"sections[11].included", "false", "criteria[6].weight", "3")))
			.andExpect(redirectedUrlPattern("/admin/felhivasok/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		CallView draft = this.calls.find(id).orElseThrow();
		assertThat(draft.sections()).extracting(SectionView::kind).doesNotContain(SectionKind.DECLARATION);
		assertThat(draft.totalWeight()).isEqualTo(10);

		this.mvc.perform(get("/felhivasok/" + id)).andExpect(status().isNotFound());
		this.mvc.perform(asAdmin(post("/admin/felhivasok/" + id + "/kozzetetel")))
			.andExpect(redirectedUrl("/admin/felhivasok/" + id));
		this.mvc.perform(get("/felhivasok/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt; Kertek"),
					not(containsString("<script>alert(1)")), containsString("3/10"),
					containsString("2015. június 30. (kedd) 23.59"))));

		// Published: the text and the deadline change, the form and the criteria do not
		this.mvc
			.perform(asAdmin(filled(post("/admin/felhivasok/" + id), themeId, "deadlineOn", "2015-07-02",
					"criteria[0].weight", "9", "sections[0].maxLength", "100")))
			.andExpect(redirectedUrl("/admin/felhivasok/" + id));
		CallView changed = this.calls.find(id).orElseThrow();
		assertThat(changed.deadline()).isEqualTo(Instant.parse("2015-07-02T21:59:00Z"));
		assertThat(changed.criteria()).isEqualTo(draft.criteria());
		assertThat(changed.sections()).isEqualTo(draft.sections());
	}

	@Test
	void theOfficeWritesTheEnglishVersionBesideTheHungarianAndABadOneIsRefusedNextToIt() throws Exception {
		long themeId = ThemesForTests.theme(this.programme, 2015, "Kétnyelvű felhívás");
		String location = this.mvc.perform(asAdmin(filled(post("/admin/felhivasok"), themeId)))
			.andExpect(redirectedUrlPattern("/admin/felhivasok/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Document form = Jsoup.parse(this.mvc.perform(asAdmin(get(location)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		for (String field : List.of("text", "eligibility")) {
			Element pair = form.selectFirst(".bilingual:has(#" + field + "Hu)");
			assertThat(pair).as("the Hungarian and the English " + field + " side by side").isNotNull();
			assertThat(pair.select("#" + field + "En").attr("lang")).isEqualTo("en");
			assertThat(pair.select("#" + field + "Hu").attr("lang")).isEmpty();
		}
		assertThat(form.select("label[for=textEn]").text()).isEqualTo("A felhívás szövege – angolul");

		String english = "Who may apply: “municipalities” – also associations.\nSecond line: café, naïve.";
		Document refused = Jsoup.parse(this.mvc
			.perform(asAdmin(filled(post(location), themeId, "textEn", "x".repeat(20_001), "eligibilityEn", english)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(refused.select("#textEn-error").text()).isNotBlank();
		assertThat(refused.select("#textEn").attr("aria-invalid")).isEqualTo("true");
		assertThat(refused.selectFirst("#eligibilityEn").wholeText()).as("kept as typed").isEqualTo(english);
		assertThat(this.calls.find(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)))
			.orElseThrow()
			.eligibilityEn()).as("nothing saved").isEmpty();

		this.mvc
			.perform(asAdmin(
					filled(post(location), themeId, "textEn", "The “call” – in English.", "eligibilityEn", english)))
			.andExpect(redirectedUrl(location));
		CallView saved = this.calls.find(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)))
			.orElseThrow();
		assertThat(saved.textEn()).isEqualTo("The “call” – in English.");
		assertThat(saved.eligibilityEn()).isEqualTo(english);
	}

	@Test
	void theCallDownloadsAsAPdfWithItsDeadlineAndCriteria() throws Exception {
		CallView call = this.calls.published(2021).get(0);
		byte[] pdf = this.mvc.perform(get("/felhivasok/" + call.id() + "/felhivas.pdf"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(text(pdf).replaceAll("\\s+", " ")).contains("Pályázati felhívás: Önkormányzati innovációk",
				"2021. június 30. (szerda) 23.59", "Közösségi részvétel", "Átvehetőség és tanácsok");
		this.mvc.perform(get("/felhivasok/" + call.id() + "/felhivas.pdf").param("lang", "en"))
			.andExpect(status().isOk());
	}

	@Test
	void anUnknownOrMistypedCallIsNotFoundNotAnError() throws Exception {
		this.mvc.perform(get("/felhivasok/999999")).andExpect(status().isNotFound());
		this.mvc.perform(get("/felhivasok/abc")).andExpect(status().is4xxClientError());
		this.mvc.perform(get("/felhivasok").param("ev", "kétezer")).andExpect(status().is4xxClientError());
		this.mvc.perform(get("/felhivasok").param("ev", "1999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("még nincs közzétett felhívás")));
	}

	private static String[] allWeights(String weight) {
		List<String> overrides = new java.util.ArrayList<>();
		for (int i = 0; i < CriterionKind.values().length; i++) {
			overrides.add("criteria[" + i + "].weight");
			overrides.add(weight);
		}
		return overrides.toArray(String[]::new);
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static CallForm form(long themeId, String text, LocalDate opens, LocalDate deadline) {
		return new CallForm(themeId, text, "", "Önkormányzatok.", "", opens, LocalTime.MIDNIGHT, deadline,
				LocalTime.of(23, 59), 1, 5, CallForm.defaultSections(), CallForm.defaultCriteria());
	}

	/** A complete form; {@code overrides} are name/value pairs that replace a default. */
	private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, long themeId,
			String... overrides) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("themeId", String.valueOf(themeId));
		values.put("textHu", "A felhívás szövege.");
		values.put("eligibilityHu", "Települési önkormányzatok.");
		values.put("opensOn", "2015-05-01");
		values.put("opensAt", "00:00");
		values.put("deadlineOn", "2015-06-30");
		values.put("deadlineAt", "23:59");
		values.put("scaleMin", "1");
		values.put("scaleMax", "5");
		SectionKind[] sections = SectionKind.values();
		for (int i = 0; i < sections.length; i++) {
			values.put("sections[" + i + "].kind", sections[i].name());
			values.put("sections[" + i + "].included", "true");
			values.put("sections[" + i + "].required", "true");
			values.put("sections[" + i + "].maxLength", "2000");
		}
		CriterionKind[] criteria = CriterionKind.values();
		for (int i = 0; i < criteria.length; i++) {
			values.put("criteria[" + i + "].kind", criteria[i].name());
			values.put("criteria[" + i + "].weight", "1");
		}
		for (int i = 0; i < overrides.length; i += 2) {
			values.put(overrides[i], overrides[i + 1]);
		}
		values.forEach(request::param);
		return request;
	}

	private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
		return request.with(user("iroda@example.hu").roles("ADMIN")).with(csrf());
	}

}
