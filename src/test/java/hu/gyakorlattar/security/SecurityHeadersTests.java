package hu.gyakorlattar.security;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import hu.gyakorlattar.shared.ApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every kind of response (a page, an API answer, a 404 and a static file) carries the
 * browser protections: a Content-Security-Policy that allows no inline script or style
 * and no framing, no MIME sniffing, a conservative referrer policy, no powerful browser
 * features, and HSTS exactly when the response went over HTTPS (over plain HTTP the
 * header is meaningless and would be ignored).
 */
@ApplicationTest
class SecurityHeadersTests {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/", "/api/conferences", "/nincs-ilyen-oldal", "/css/site.css", "/js/htmx.min.js" })
	void everyResponseCarriesTheBrowserProtections(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).secure(true)).andReturn().getResponse();

		Map<String, String> csp = directives(response.getHeader("Content-Security-Policy"));
		assertThat(csp).as("%s CSP", path)
			.containsEntry("default-src", "'self'")
			.containsEntry("script-src", "'self'")
			.containsEntry("style-src", "'self'")
			.containsEntry("object-src", "'none'")
			.containsEntry("frame-ancestors", "'none'")
			.containsEntry("base-uri", "'self'")
			.containsEntry("form-action", "'self'");
		assertThat(response.getHeader("Content-Security-Policy")).as("%s CSP", path)
			.doesNotContain("unsafe-inline")
			.doesNotContain("unsafe-eval")
			.doesNotContain("*");
		assertThat(response.getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
		assertThat(response.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
		assertThat(response.getHeader("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
		assertThat(response.getHeader("Permissions-Policy")).as(path)
			.contains("camera=()", "microphone=()", "geolocation=()");
		assertThat(response.getHeader("Strict-Transport-Security")).as("%s over HTTPS", path)
			.contains("max-age=")
			.matches("max-age=(\\d{7,}).*");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/", "/api/conferences", "/nincs-ilyen-oldal", "/css/site.css" })
	void plainHttpGetsNoHsts(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path)).andReturn().getResponse();

		assertThat(response.getHeader("Strict-Transport-Security")).as(path).isNull();
		assertThat(response.getHeader("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/", "/belepes", "/fiok" })
	void pagesOfSignedInPeopleAreNotCached(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).secure(true)).andReturn().getResponse();

		assertThat(response.getHeader("Cache-Control")).as(path).contains("no-store");
	}

	private static Map<String, String> directives(String policy) {
		assertThat(policy).isNotNull();
		return Arrays.stream(policy.split(";"))
			.map(String::strip)
			.filter((directive) -> !directive.isEmpty())
			.collect(Collectors.toMap((directive) -> directive.split("\\s+", 2)[0],
					(directive) -> directive.split("\\s+", 2).length > 1 ? directive.split("\\s+", 2)[1] : ""));
	}

}
