package hu.gyakorlattar.shared;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Public forms (sign-in, password reset, and later registration and questions) accept a
 * limited number of submissions per client address and minute; beyond that the visitor
 * gets the friendly 429 page instead of a brute-force oracle. Counted by
 * {@link RateLimits}, so several instances together allow the limit once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class PublicFormRateLimit extends OncePerRequestFilter {

	private final RateLimits limits;

	private final List<String> limitedPaths;

	private final int perMinute;

	PublicFormRateLimit(RateLimits limits, @Value("${gyakorlattar.rate-limit.paths}") List<String> limitedPaths,
			@Value("${gyakorlattar.rate-limit.per-minute:20}") int perMinute) {
		this.limits = limits;
		this.limitedPaths = List.copyOf(limitedPaths);
		this.perMinute = perMinute;
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

	/** The limited form a submission goes to, if it goes to one. */
	private Optional<String> limitedForm(HttpServletRequest request) {
		if (!"POST".equals(request.getMethod())) {
			return Optional.empty();
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return this.limitedPaths.stream().filter(path::startsWith).findFirst();
	}

}
