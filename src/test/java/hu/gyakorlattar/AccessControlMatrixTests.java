package hu.gyakorlattar;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every endpoint of the application, for anonymous visitors and for every role: who gets
 * in and who is turned away. The endpoints are read from Spring MVC itself, so a new page
 * is covered the moment it exists; each must declare its audience with
 * {@code @PreAuthorize}, and the declared audience must match the rules of the URL space
 * below. The matrix really posts to every form (deleting demo data as it goes), so it
 * runs in a context, and so a database, of its own.
 */
@SpringBootTest(properties = "gyakorlattar.test.isolated=access-control-matrix")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessControlMatrixTests {

	/**
	 * Who may use each part of the URL space. Anything not listed here must be public.
	 */
	private static final Map<String, Audience> URL_SPACE = Map.of("/admin", Audience.ADMIN, "/fiok", Audience.SIGNED_IN,
			"/ertekeles", Audience.EVALUATOR, "/bizottsagi-ertekeles", Audience.COMMITTEE, "/osszeferhetetlenseg",
			Audience.JUDGES);

	private static final List<String> VISITORS = List.of("anonymous", "APPLICANT", "EVALUATOR", "COMMITTEE", "ADMIN");

	/**
	 * Sample values for path variables; unknown ids answer 404, which still proves the
	 * visitor got in.
	 */
	private static final Map<String, String> SAMPLE_PATH_VALUES = Map.ofEntries(Map.entry("year", "2021"),
			Map.entry("kshCode", "21458"), Map.entry("token", "nincs-ilyen-token"), Map.entry("status", "QUEUED"),
			Map.entry("slug", "nincs-ilyen-gyakorlat"), Map.entry("callId", "1"), Map.entry("applicationId", "999999"),
			Map.entry("attachmentId", "999999"), Map.entry("linkId", "999999"), Map.entry("requestId", "999999"),
			Map.entry("questionId", "987654321"), Map.entry("code", "nincs-ilyen-kod"));

	/**
	 * The only requests posted without a CSRF token: RFC 8058 one-click unsubscribe,
	 * which mail providers post from their servers, and the public registration API,
	 * which integrations call (see {@code SecurityConfiguration}).
	 */
	private static final Set<String> CSRF_EXEMPT = Set.of("POST /leiratkozas/nincs-ilyen-token",
			"POST /api/conferences/1/registrations");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	enum Audience {

		PUBLIC, SIGNED_IN, ADMIN, EVALUATOR, COMMITTEE,

		/** Evaluators and committee members, who judge applications (not the office). */
		JUDGES;

		boolean admits(String visitor) {
			return switch (this) {
				case PUBLIC -> true;
				case SIGNED_IN -> !"anonymous".equals(visitor);
				case ADMIN -> "ADMIN".equals(visitor);
				case EVALUATOR -> "EVALUATOR".equals(visitor);
				case COMMITTEE -> "COMMITTEE".equals(visitor) || "ADMIN".equals(visitor);
				case JUDGES -> "EVALUATOR".equals(visitor) || "COMMITTEE".equals(visitor);
			};
		}

	}

	record Endpoint(HttpMethod method, String path, Audience audience) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	Stream<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			HandlerMethod handler = entry.getValue();
			if (!handler.getBeanType().getPackageName().startsWith("hu.gyakorlattar")) {
				continue;
			}
			Set<org.springframework.web.bind.annotation.RequestMethod> methods = entry.getKey()
				.getMethodsCondition()
				.getMethods();
			for (String pattern : entry.getKey().getPatternValues()) {
				for (var method : methods.isEmpty() ? Set.of(org.springframework.web.bind.annotation.RequestMethod.GET)
						: methods) {
					endpoints.add(new Endpoint(HttpMethod.valueOf(method.name()), concrete(pattern),
							declaredAudience(handler.getMethod())));
				}
			}
		}
		return endpoints.stream();
	}

	@Test
	void theMatrixCoversTheApplication() {
		assertThat(endpoints().map(Endpoint::path)).contains("/", "/admin", "/admin/ciklusok", "/belepes", "/fiok",
				"/admin/felhasznalok", "/admin/meghivok", "/leiratkozas/nincs-ilyen-token",
				"/admin/esemenyek/1/statisztika", "/admin/esemenyek/1/statisztika.csv", "/admin/ertekeles",
				"/ertekeles", "/bizottsagi-ertekeles/felhivasok/1/rangsor.csv", "/fiok/ajanlott-gyakorlatok",
				"/osszeferhetetlenseg", "/fiok/nyelv", "/api/municipalities/21458/recommended-practices",
				"/kapcsolatfelvetel/nincs-ilyen-gyakorlat");
		assertThat(endpoints().map(Endpoint::toString)).containsAll(CSRF_EXEMPT);
	}

	@ParameterizedTest(name = "{0} declares an audience that fits its URL")
	@MethodSource("endpoints")
	void everyEndpointDeclaresTheAudienceItsUrlRequires(Endpoint endpoint) {
		Audience required = URL_SPACE.entrySet()
			.stream()
			.filter((space) -> endpoint.path().equals(space.getKey())
					|| endpoint.path().startsWith(space.getKey() + "/"))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(Audience.PUBLIC);
		assertThat(endpoint.audience()).as(endpoint.toString()).isEqualTo(required);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("endpoints")
	void onlyTheDeclaredAudienceGetsIn(Endpoint endpoint) throws Exception {
		for (String visitor : VISITORS) {
			MockHttpServletRequestBuilder request = request(endpoint.method(), endpoint.path()).with(csrf());
			if (!"anonymous".equals(visitor)) {
				request.with(user("matrix-" + visitor.toLowerCase() + "@example.hu").roles(visitor));
			}
			MvcResult result = this.mvc.perform(request).andReturn();
			int status = result.getResponse().getStatus();
			String redirect = result.getResponse().getRedirectedUrl();
			boolean turnedAway = status == 403 || status == 401
					|| (redirect != null && redirect.endsWith("/belepes") && !endpoint.path().equals("/belepes"));
			assertThat(turnedAway).as("%s as %s answered %d %s", endpoint, visitor, status, redirect)
				.isEqualTo(!endpoint.audience().admits(visitor));
			assertThat(status).as("%s as %s must not fail", endpoint, visitor).isLessThan(500);
		}
	}

	@ParameterizedTest(name = "{0} refuses a forged form")
	@MethodSource("endpoints")
	void stateChangingEndpointsRequireTheCsrfToken(Endpoint endpoint) throws Exception {
		if (endpoint.method() == HttpMethod.GET) {
			return;
		}
		MvcResult result = this.mvc
			.perform(request(endpoint.method(), endpoint.path()).with(user("admin@example.hu").roles("ADMIN")))
			.andReturn();
		if (CSRF_EXEMPT.contains(endpoint.toString())) {
			assertThat(result.getResponse().getStatus()).as(endpoint.toString()).isNotEqualTo(403).isLessThan(500);
			return;
		}
		assertThat(result.getResponse().getStatus()).as(endpoint.toString()).isEqualTo(403);
	}

	private static Audience declaredAudience(Method method) {
		PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
		if (rule == null) {
			rule = AnnotatedElementUtils.findMergedAnnotation(method.getDeclaringClass(), PreAuthorize.class);
		}
		assertThat(rule)
			.as("%s.%s declares who may use it with @PreAuthorize", method.getDeclaringClass().getName(),
					method.getName())
			.isNotNull();
		return switch (rule.value()) {
			case "permitAll()" -> Audience.PUBLIC;
			case "isAuthenticated()" -> Audience.SIGNED_IN;
			case "hasRole('ADMIN')" -> Audience.ADMIN;
			case "hasRole('EVALUATOR')" -> Audience.EVALUATOR;
			case "hasAnyRole('COMMITTEE', 'ADMIN')" -> Audience.COMMITTEE;
			case "hasAnyRole('EVALUATOR', 'COMMITTEE')" -> Audience.JUDGES;
			default -> throw new AssertionError("Unknown audience " + rule.value() + " on " + method);
		};
	}

	private static String concrete(String pattern) {
		Matcher variable = Pattern.compile("\\{(\\w+)(:[^}]*)?}").matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (variable.find()) {
			variable.appendReplacement(path, SAMPLE_PATH_VALUES.getOrDefault(variable.group(1), "1"));
		}
		variable.appendTail(path);
		return path.toString();
	}

}
