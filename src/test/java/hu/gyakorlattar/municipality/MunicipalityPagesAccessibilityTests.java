package hu.gyakorlattar.municipality;

import java.net.URI;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.e2e.Axe;
import hu.gyakorlattar.e2e.Chromium;
import hu.gyakorlattar.e2e.NuHtmlChecker;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every page of the module, including its error states, checked by axe-core for WCAG 2.1
 * AA in a real Chromium and by the Nu HTML checker. The browser gets the pages from
 * MockMvc through a route, so the check shares the module's test context and needs no
 * server or sign-in.
 */
@MunicipalityIntegrationTest
class MunicipalityPagesAccessibilityTests {

	private static final String ORIGIN = "http://gyakorlattar.test";

	private static Browser browser;

	@Autowired
	MockMvc mvc;

	@Autowired
	GazetteerImportRepository runs;

	@BeforeAll
	static void startBrowser() {
		Assumptions.assumeTrue(Chromium.EXECUTABLE.toFile().canExecute(), "Chromium is not installed");
		browser = Chromium.browser();
	}

	@Test
	void publicPagesMeetWcag21AA() throws Exception {
		assertAccessible(get("/telepulesek").param("jogallas", "VAROS").param("oldal", "3"));
		assertAccessible(get("/telepulesek").param("q", "nincs ilyen település"));
		assertAccessible(get("/telepulesek/13578"));
	}

	@Test
	void administrationPagesMeetWcag21AA() throws Exception {
		assertAccessible(get("/admin/telepulesek/17376").with(user("admin").roles("ADMIN")));
		long latestRun = this.runs.findTop10ByOrderByStartedAtDesc().get(0).getId();
		assertAccessible(get("/admin/telepulesek/betoltesek/{id}", latestRun).with(user("admin").roles("ADMIN")));
		assertAccessible(multipart("/admin/telepulesek/kapcsolattartok")
			.file(new MockMultipartFile("file", "x.csv", "text/csv",
					"ksh_kod;email\n99999;rossz\n17376;\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.with(csrf())
			.with(user("admin").roles("ADMIN")));
		assertAccessible(post("/admin/telepulesek/17376").param("email", "nem e-mail")
			.param("gender", "UNKNOWN")
			.with(csrf())
			.with(user("admin").roles("ADMIN")));
	}

	private void assertAccessible(RequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		MockHttpServletResponse document = result.getResponse();
		assertThat(document.getStatus()).isEqualTo(200);
		NuHtmlChecker.assertValid(document.getContentAsString(), result.getRequest().getRequestURI());
		try (BrowserContext context = Axe.in(browser.newContext())) {
			Page page = context.newPage();
			page.route(ORIGIN + "/**", (route) -> serve(route, document));
			page.navigate(ORIGIN + "/oldal");
			assertThat(Axe.violations(page))
				.as("axe-core violations on %s", document.getContentAsString().lines().skip(5).findFirst())
				.isEmpty();
		}
	}

	/** The page under test for its own URL, anything else (CSS) from MockMvc. */
	private void serve(Route route, MockHttpServletResponse document) {
		try {
			String path = URI.create(route.request().url()).getPath();
			MockHttpServletResponse response = path.equals("/oldal") ? document
					: this.mvc.perform(get(path)).andReturn().getResponse();
			route.fulfill(new Route.FulfillOptions().setStatus(response.getStatus())
				.setContentType((response.getContentType() != null) ? response.getContentType() : "text/plain")
				.setBodyBytes(response.getContentAsByteArray()));
		}
		catch (Exception ex) {
			route.abort();
		}
	}

}
