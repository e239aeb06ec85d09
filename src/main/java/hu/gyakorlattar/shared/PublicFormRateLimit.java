package hu.gyakorlattar.shared;

import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
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
 * gets the friendly 429 page instead of a brute-force oracle. Counted per instance:
 * several instances each allow the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class PublicFormRateLimit extends OncePerRequestFilter {

	private static final int MAX_TRACKED_CLIENTS = 10_000;

	private final List<String> limitedPaths;

	private final int perMinute;

	private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_TRACKED_CLIENTS;
		}
	});

	public PublicFormRateLimit(@Value("${gyakorlattar.rate-limit.paths}") List<String> limitedPaths,
			@Value("${gyakorlattar.rate-limit.per-minute:20}") int perMinute) {
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
		Bucket bucket = this.buckets.computeIfAbsent(request.getRemoteAddr() + " " + form, (key) -> newBucket());
		if (bucket.tryConsume(1)) {
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

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(Bandwidth.builder()
				.capacity(this.perMinute)
				.refillGreedy(this.perMinute, Duration.ofMinutes(1))
				.build())
			.build();
	}

}
