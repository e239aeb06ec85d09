package hu.gyakorlattar.registration;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * An API registration that would find the registration queue full is refused before
 * anything else reads it, with the same 503, Retry-After and problem details as one
 * refused later in the queue ({@link RegistrationApiProblems#busy}). In a burst beyond
 * capacity most requests are refused: reading and validating their bodies took a sixth of
 * the API's request time, and the rest of the security filters, Spring MVC's handler
 * look-up and its exception handling another sixth of the request threads' CPU in the
 * profile of 12,000 registrations in 30 s (issue 19). It stands in the security filter
 * chain right after the filter that writes the browser protections, so the refusal
 * carries them too. Spring Security adds it to each of the application's filter chains;
 * only the main one (the pages' and the API's) ever sees this path.
 */
@Configuration(proxyBeanMethods = false)
class RefusingBeforeReading {

	private static final RequestMatcher REGISTRATION = PathPatternRequestMatcher.pathPattern(HttpMethod.POST,
			"/api/conferences/{id}/registrations");

	@Bean
	Customizer<HttpSecurity> refusalWhileTheQueueIsFull(RegistrationCapacity capacity, RegistrationApiProblems problems,
			LocaleResolver locales, JsonMapper json) {
		return (http) -> http.addFilterAfter(new Refusal(capacity, problems, locales, json), HeaderWriterFilter.class);
	}

	/** Not a bean: as one, it would also run outside the security filter chain. */
	private static final class Refusal extends OncePerRequestFilter {

		private final RegistrationCapacity capacity;

		private final RegistrationApiProblems problems;

		private final LocaleResolver locales;

		private final JsonMapper json;

		Refusal(RegistrationCapacity capacity, RegistrationApiProblems problems, LocaleResolver locales,
				JsonMapper json) {
			this.capacity = capacity;
			this.problems = problems;
			this.locales = locales;
			this.json = json;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !REGISTRATION.matches(request);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!this.capacity.queueFull()) {
				chain.doFilter(request, response);
				return;
			}
			ProblemDetail problem = this.problems.busyProblem(this.locales.resolveLocale(request));
			// As Spring MVC fills it in for a problem a handler returns.
			problem.setInstance(URI.create(request.getRequestURI()));
			response.setStatus(problem.getStatus());
			response.setHeader("Retry-After", RegistrationApiProblems.retryAfter());
			// No charset, as from Spring MVC: JSON is UTF-8, which Jackson writes.
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			this.json.writeValue(response.getOutputStream(), problem);
		}

	}

}
