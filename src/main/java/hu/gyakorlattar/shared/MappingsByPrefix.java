package hu.gyakorlattar.shared;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.jspecify.annotations.Nullable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's request mappings, looked up faster for a path with a variable
 * ({@code /esemenyek/{id}}): Spring tries such a path against every mapping of the
 * application in turn, each asking the request (through the security filters' wrappers)
 * for its method, media types and path, which was a fifth of the cached conference page's
 * CPU (issue 19). Here a mapping whose patterns' fixed beginning cannot start the path is
 * skipped before that, and only the few that can are checked in full, by Spring.
 *
 * <p>
 * The fixed beginning is compared with the path as it came, while a pattern matches the
 * path decoded: a path with a percent sign is checked against every mapping, as before.
 * (Spring has already taken path parameters, {@code ;…}, out of the path looked up.)
 */
class MappingsByPrefix extends RequestMappingHandlerMapping {

	/** Each mapping's fixed beginnings, one per pattern; none for a mapping without. */
	private final Map<RequestMappingInfo, List<String>> beginnings = new ConcurrentHashMap<>();

	@Override
	protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
			throws Exception {
		if (lookupPath.indexOf('%') >= 0) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		return super.lookupHandlerMethod(lookupPath, new Lookup(request, lookupPath));
	}

	@Override
	protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		if (request instanceof Lookup lookup) {
			return mayMatch(info, lookup.path)
					? super.getMatchingMapping(info, (HttpServletRequest) lookup.getRequest()) : null;
		}
		return super.getMatchingMapping(info, request);
	}

	private boolean mayMatch(RequestMappingInfo info, String path) {
		// get, not computeIfAbsent: that locks on a hit not first in its bin.
		List<String> fixed = this.beginnings.get(info);
		if (fixed == null) {
			fixed = fixedBeginnings(info);
			this.beginnings.put(info, fixed);
		}
		if (fixed.isEmpty()) {
			return true;
		}
		for (String beginning : fixed) {
			if (path.startsWith(beginning)) {
				return true;
			}
		}
		return false;
	}

	/** What each pattern's path must start with: the pattern up to its first variable. */
	private static List<String> fixedBeginnings(RequestMappingInfo info) {
		PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
		if (patterns == null || patterns.getPatterns().isEmpty()) {
			return List.of();
		}
		return patterns.getPatterns().stream().map(PathPattern::getPatternString).map((pattern) -> {
			int variable = indexOfAny(pattern, "{*?");
			return (variable < 0) ? pattern : pattern.substring(0, variable);
		}).toList();
	}

	private static int indexOfAny(String text, String characters) {
		for (int i = 0; i < text.length(); i++) {
			if (characters.indexOf(text.charAt(i)) >= 0) {
				return i;
			}
		}
		return -1;
	}

	/** The request being looked up, with the path Spring looks up for it. */
	private static final class Lookup extends HttpServletRequestWrapper {

		private final String path;

		Lookup(HttpServletRequest request, String path) {
			super(request);
			this.path = path;
		}

	}

}
