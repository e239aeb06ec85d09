package hu.gyakorlattar.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * Public forms (sign-in, password reset, and later registration and questions) accept a
 * limited number of submissions per client address and minute; beyond that the visitor
 * gets the friendly 429 page instead of a brute-force oracle. Counted by
 * {@link RateLimits}, so several instances together allow the limit once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PublicFormRateLimit extends OncePerRequestFilter {

	private final RateLimits limits;

	private final List<String> limitedPaths;

	private final int perMinute;

	PublicFormRateLimit(RateLimits limits, RateLimitProperties properties) {
		this.limits = limits;
		this.limitedPaths = properties.paths().stream().map((path) -> path.toLowerCase(Locale.ROOT)).toList();
		this.perMinute = properties.perMinute();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return limitedForm(request).isEmpty();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String form = limitedForm(request).orElseThrow();
		if (this.limits.admit("form " + form + " " + request.getRemoteAddr(), this.perMinute, Duration.ofMinutes(1))) {
			chain.doFilter(request, response);
		}
		else {
			response.setHeader("Retry-After", "60");
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
		}
	}

	/**
	 * The limited form a submission goes to, if it goes to one. The path is compared as
	 * the most lenient reader of it would see it, so that no spelling of a form's address
	 * that reaches the form escapes its limit: percent-decoded, without path parameters
	 * ({@code ;x=1}), empty segments or a trailing slash, in lower case. Counting a few
	 * spellings that no handler takes costs nothing.
	 */
	private Optional<String> limitedForm(HttpServletRequest request) {
		if (!"POST".equalsIgnoreCase(request.getMethod())) {
			return Optional.empty();
		}
		String path = normalised(request.getRequestURI().substring(request.getContextPath().length()));
		return this.limitedPaths.stream()
			.filter((form) -> form.endsWith("/") ? path.startsWith(form)
					: path.equals(form) || path.startsWith(form + "/"))
			.findFirst();
	}

	static String normalised(String rawPath) {
		StringBuilder path = new StringBuilder();
		for (String segment : rawPath.split("/")) {
			int parameters = segment.indexOf(';');
			String name = (parameters < 0) ? segment : segment.substring(0, parameters);
			String decoded = decoded(name);
			if (!decoded.isEmpty()) {
				path.append('/').append(decoded.toLowerCase(Locale.ROOT));
			}
		}
		return path.isEmpty() ? "/" : path.toString();
	}

	private static String decoded(String segment) {
		try {
			return UriUtils.decode(segment, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return segment;
		}
	}

}
