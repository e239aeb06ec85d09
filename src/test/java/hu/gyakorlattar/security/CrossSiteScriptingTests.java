package hu.gyakorlattar.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Stored and reflected script injection, as one table: every text field that is shown
 * back, with every payload. Each row submits the payload the way a visitor or
 * administrator would (or stores it through the module's API where the form refuses
 * markup, to prove the page escapes what is stored anyway), opens the pages that show it,
 * and parses them with jsoup: the payload must be there as text, and there must be no
 * script carrying it, no event-handler attribute and no {@code javascript:} link.
 * Practices are covered the same way in {@code PracticeEditingTests} (fields escaped,
 * {@code javascript:} website refused).
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossSiteScriptingTests {

	static final List<String> PAYLOADS = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
			"'><svg onload=alert(1)>", "javascript:alert(1)");

	private static final String ADMIN = "xss-admin@example.hu";

	private static final AtomicInteger unique = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	ConferenceManagement conferences;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	/**
	 * Where a payload goes in, and the pages (as the admin) that show it back; a page
	 * written {@code path?q=text} is requested with {@code text} as the parameter.
	 */
	interface Field {

		List<String> store(CrossSiteScriptingTests test, String payload) throws Exception;

	}

	Stream<Arguments> table() {
		List<Object[]> fields = List.of(
				new Object[] { "reflected: knowledge-base search q",
						(Field) (test, payload) -> List.of("/gyakorlatok?q=" + payload) },
				new Object[] { "reflected: municipality directory q",
						(Field) (test, payload) -> List.of("/telepulesek?q=" + payload) },
				new Object[] { "stored: invited account's names", (Field) CrossSiteScriptingTests::invitation },
				new Object[] { "stored: conference title and description",
						(Field) CrossSiteScriptingTests::conference },
				new Object[] { "stored: registration post, organisation, question",
						(Field) CrossSiteScriptingTests::registration },
				new Object[] { "stored: mayor's name in the municipality contacts",
						(Field) CrossSiteScriptingTests::contact });
		return fields.stream()
			.flatMap((field) -> PAYLOADS.stream().map((payload) -> Arguments.of(field[0], payload, field[1])));
	}

	@ParameterizedTest(name = "{0} ← {1}")
	@MethodSource("table")
	void payloadsAreShownAsTextNeverRun(String field, String payload, Field input) throws Exception {
		for (String page : input.store(this, payload)) {
			String[] pathAndQuery = page.split("\\?q=", 2);
			MockHttpServletRequestBuilder request = get(pathAndQuery[0]).with(user(ADMIN).roles("ADMIN"));
			if (pathAndQuery.length > 1) {
				request.param("q", pathAndQuery[1]);
			}
			String html = this.mvc.perform(request)
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertNothingRuns(field + " on " + page, payload, html);
		}
	}

	@ParameterizedTest(name = "error page ← {0}")
	@MethodSource("payloads")
	void errorPagesDoNotEchoTheAddress(String payload) throws Exception {
		String html = this.mvc
			.perform(get("/error").accept(MediaType.TEXT_HTML)
				.requestAttr("jakarta.servlet.error.status_code", 404)
				.requestAttr("jakarta.servlet.error.request_uri", "/" + payload)
				.requestAttr("jakarta.servlet.error.message", payload))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("<h1");
		assertThat(html).doesNotContain(payload).doesNotContain("alert(1)");
	}

	@ParameterizedTest(name = "meeting URL ← {0}")
	@MethodSource("scriptUrls")
	void aScriptUrlIsRefusedAsMeetingLink(String url) throws Exception {
		LocalDate day = LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST).plusDays(30);
		var response = this.mvc
			.perform(post("/admin/esemenyek/uj").with(csrf())
				.with(user(ADMIN).roles("ADMIN"))
				.param("cycleYear", "2021")
				.param("title", "Szkript-link próbája")
				.param("date", day.toString())
				.param("startTime", "10:00")
				.param("endTime", "12:00")
				.param("techHelpMinutes", "30")
				.param("capacity", "100")
				.param("registrationOpens", day.minusDays(20) + "T09:00")
				.param("registrationCloses", day.minusDays(1) + "T09:00")
				.param("meetingKind", "LINK")
				.param("meetingUrl", url))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as("the form is shown again with an error").isEqualTo(200);
		assertThat(Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).getElementById("meetingUrl-error"))
			.as("error next to the meeting URL")
			.isNotNull();
	}

	@ParameterizedTest(name = "the check catches {0} written unescaped")
	@MethodSource("payloads")
	void theCheckCatchesAPayloadWrittenUnescaped(String payload) {
		String unescaped = "<html><body><main><a href=\"" + payload + "\">x</a><p title='" + payload + "'>" + payload
				+ "</p></main></body></html>";
		assertThatThrownBy(() -> assertNothingRuns("raw", payload, unescaped)).isInstanceOf(AssertionError.class);
	}

	static Stream<String> payloads() {
		return PAYLOADS.stream();
	}

	static Stream<String> scriptUrls() {
		return Stream.of("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>",
				"vbscript:msgbox(1)");
	}

	static void assertNothingRuns(String where, String payload, String html) {
		Document page = Jsoup.parse(html);
		assertThat(page.select("main, body").text() + " " + page.select("[value]").eachAttr("value"))
			.as("%s shows the payload back as text (so the check is meaningful)", where)
			.contains(payload.strip());
		for (Element script : page.select("script")) {
			assertThat(script.data() + script.attr("src")).as("%s: a <script> carrying the payload", where)
				.doesNotContain("alert(1)");
		}
		assertThat(page.select("svg[onload], img[src=x]")).as("%s: injected elements", where).isEmpty();
		for (Element element : page.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				assertThat(attribute.getKey()).as("%s: event handler on <%s>", where, element.tagName())
					.doesNotStartWith("on");
				if (List.of("href", "src", "action", "formaction", "xlink:href").contains(attribute.getKey())) {
					assertThat(attribute.getValue().strip().toLowerCase())
						.as("%s: script URL in <%s %s>", where, element.tagName(), attribute.getKey())
						.doesNotStartWith("javascript:")
						.doesNotStartWith("data:text/html");
				}
			}
		}
	}

	private List<String> invitation(String payload) throws Exception {
		this.mvc.perform(post("/admin/felhasznalok").with(csrf())
			.with(user(ADMIN).roles("ADMIN"))
			.param("email", "xss-" + unique.incrementAndGet() + "@example.hu")
			.param("familyName", payload)
			.param("givenName", payload)
			.param("role", "EVALUATOR"));
		return List.of("/admin/felhasznalok");
	}

	private List<String> conference(String payload) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST);
		long id = this.transaction.execute((status) -> ConferencesForRegistrationTests.published(this.conferences,
				payload + " " + unique.incrementAndGet(), today.plusDays(40), 100, today.minusDays(1).atTime(9, 0),
				today.plusDays(39).atTime(9, 0)));
		return List.of("/esemenyek/" + id, "/esemenyek", "/admin/esemenyek/" + id, "/admin/esemenyek",
				"/esemenyek/" + id + "/regisztracio");
	}

	private List<String> registration(String payload) throws Exception {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST);
		long id = this.transaction.execute((status) -> ConferencesForRegistrationTests.published(this.conferences,
				"XSS-regisztráció " + unique.incrementAndGet(), today.plusDays(40), 100,
				today.minusDays(1).atTime(9, 0), today.plusDays(39).atTime(9, 0)));
		MockHttpServletRequestBuilder form = post("/esemenyek/{id}/regisztracio", id).with(csrf())
			.param("familyName", "Próba")
			.param("givenName", "Péter")
			.param("email", "xss-regisztralo-" + unique.incrementAndGet() + "@example.hu")
			.param("post", payload)
			.param("organisation", payload)
			.param("question", payload)
			.param("privacyNoticeAccepted", "true");
		assertThat(this.mvc.perform(form).andReturn().getResponse().getStatus()).isEqualTo(302);
		return List.of("/admin/esemenyek/" + id + "/regisztraciok");
	}

	private List<String> contact(String payload) throws Exception {
		this.mvc.perform(post("/admin/telepulesek/21458").with(csrf())
			.with(user(ADMIN).roles("ADMIN"))
			.param("prefix", "dr.")
			.param("familyName", payload)
			.param("givenName", "Erika")
			.param("email", "xss-polgarmester@example.hu"));
		return List.of("/admin/telepulesek/21458");
	}

}
