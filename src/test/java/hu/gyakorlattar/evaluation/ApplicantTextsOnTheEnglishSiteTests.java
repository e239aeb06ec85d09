package hu.gyakorlattar.evaluation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.BrowserForm;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * WCAG 3.1.2 on the evaluation's English pages: what an applicant wrote (the
 * application's title and sections, each with the marker {@value #MARKER}) has no English
 * version, so every page of an evaluator, the committee and the office that prints it
 * marks it {@code lang="hu"}. The document's {@code <title>} is left out: it cannot hold
 * markup.
 */
@ApplicationTest
class ApplicantTextsOnTheEnglishSiteTests {

	private static final String MARKER = "Pályázóiszöveg";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void everyTextAnApplicantWroteIsMarkedHungarianOnTheEvaluationsEnglishPages() throws Exception {
		EvaluationsForTests given = EvaluationsForTests.in(this.context);
		long callId = given.anOpenCall("Pályázói szövegek az angol oldalakon");
		long scored = given.anAcceptedApplication(callId, "a@ocsa-angol.example.hu", "Ócsa",
				MARKER + " értékelt pályázat");
		long declared = given.anAcceptedApplication(callId, "b@alsonemedi-angol.example.hu", "Alsónémedi",
				MARKER + " bejelentett pályázat");
		given.anApplication(callId, "c@felsopakony-angol.example.hu", "Felsőpakony", MARKER + " formai ellenőrzésben");
		RequestPostProcessor evaluator = user(
				given.anEvaluatorAssignedTo(callId, "angol.ertekelo@example.hu", scored, declared))
			.roles("EVALUATOR");
		RequestPostProcessor office = user("angol.iroda@example.hu").roles("ADMIN", "COMMITTEE");
		this.mvc
			.perform(post("/osszeferhetetlenseg").with(evaluator)
				.with(csrf())
				.param("applicationId", String.valueOf(declared))
				.param("municipality", "")
				.param("note", "Rokon."))
			.andExpect(status().is3xxRedirection());

		List<String> unmarked = new ArrayList<>();
		for (Page page : List.of(new Page("/ertekeles", evaluator),
				new Page("/ertekeles/palyazatok/" + scored, evaluator), new Page("/osszeferhetetlenseg", evaluator),
				new Page("/bizottsagi-ertekeles/felhivasok/" + callId, office),
				new Page("/bizottsagi-ertekeles/palyazatok/" + scored, office),
				new Page("/admin/ertekeles/felhivasok/" + callId, office))) {
			List<TextNode> texts = applicantTexts(BrowserForm
				.parse(this.mvc.perform(get(page.path()).param("lang", "en").with(page.viewer()))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8))
				.body());
			assertThat(texts).as("applicant's texts on " + page.path()).isNotEmpty();
			texts.stream()
				.filter((text) -> !"hu".equals(text.parent().closest("[lang]").attr("lang")))
				.forEach((text) -> unmarked.add(page.path() + ": " + text.parent().outerHtml()));
		}
		assertThat(unmarked).as("an applicant's text not marked lang=\"hu\"").isEmpty();
	}

	private static List<TextNode> applicantTexts(Element body) {
		return body.getAllElements()
			.stream()
			.flatMap((element) -> element.textNodes().stream())
			.filter((text) -> text.text().contains(MARKER))
			.toList();
	}

	private record Page(String path, RequestPostProcessor viewer) {

	}

}
