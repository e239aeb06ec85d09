package hu.gyakorlattar.shared;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the application is found by the faster lookup as by Spring's own,
 * which tries every mapping: a path with a percent-encoded letter takes Spring's way, so
 * each endpoint's path is looked up both ways and must reach the same handler.
 */
@ApplicationTest
class MappingsByPrefixTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyEndpointIsFoundAsSpringFindsIt() throws Exception {
		assertThat(this.mappings).isInstanceOf(MappingsByPrefix.class);
		List<String> checked = new ArrayList<>();
		List<String> differing = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			String method = info.getMethodsCondition()
				.getMethods()
				.stream()
				.findFirst()
				.orElse(RequestMethod.GET)
				.name();
			for (String pattern : info.getPatternValues()) {
				String path = concrete(pattern);
				if (path.length() < 2) {
					continue;
				}
				Method fast = handler(method, path, info);
				Method spring = handler(method, "/%" + Integer.toHexString(path.charAt(1)) + path.substring(2), info);
				if (fast == null || !fast.equals(spring)) {
					differing.add(method + " " + path + ": " + fast + " / " + spring);
				}
				checked.add(method + " " + path);
			}
		}
		assertThat(differing).isEmpty();
		assertThat(checked)
			.contains("GET /esemenyek/12345", "POST /api/conferences/12345/registrations", "GET /gyakorlatok")
			.hasSizeGreaterThan(200);
	}

	@Test
	void aPathNoMappingStartsWithFindsNothing() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/nincs-ilyen/1");
		ServletRequestPathUtils.parseAndCache(request);
		assertThat(this.mappings.getHandler(request)).isNull();
	}

	private Method handler(String method, String path, RequestMappingInfo info) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		info.getConsumesCondition()
			.getConsumableMediaTypes()
			.stream()
			.findFirst()
			.ifPresent((type) -> request.setContentType(type.toString()));
		info.getProducesCondition()
			.getProducibleMediaTypes()
			.stream()
			.findFirst()
			.ifPresent((type) -> request.addHeader("Accept", type.toString()));
		info.getParamsCondition().getExpressions().forEach((param) -> {
			if (!param.isNegated()) {
				request.setParameter(param.getName(), (param.getValue() != null) ? param.getValue() : "1");
			}
		});
		info.getHeadersCondition().getExpressions().forEach((header) -> {
			if (!header.isNegated()) {
				request.addHeader(header.getName(), (header.getValue() != null) ? header.getValue() : "1");
			}
		});
		ServletRequestPathUtils.parseAndCache(request);
		HandlerExecutionChain chain = this.mappings.getHandler(request);
		return (chain != null) ? ((HandlerMethod) chain.getHandler()).getMethod() : null;
	}

	/**
	 * The pattern with a sample in place of each variable (five digits, which also fit a
	 * KSH code's pattern) and wildcard.
	 */
	private static String concrete(String pattern) {
		return pattern.replaceAll("\\{\\*[^}]*}", "a/b")
			.replaceAll("\\{[^/]*}", "12345")
			.replace("**", "a/b")
			.replace("*", "a");
	}

}
