package hu.gyakorlattar.shared;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ceilings of {@code bench/run}: Spring MVC endpoints that do nothing, on the same
 * server, filters and thread model as the real pages, so a benchmark can show how much of
 * a page's time is the framework and how much is the page. They exist only under the
 * {@code bench} profile, never in production: {@code bench/run} starts the application
 * with {@code --spring.profiles.active=bench}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("bench")
class BareEndpoints {

	/**
	 * The POST carries no CSRF token, like the registration API it stands beside; a chain
	 * of its own so the application's chain stays as it is in production.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain bareEndpointsChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/bench/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	/**
	 * Component scanning finds a nested controller on its own, as a top-level class: the
	 * profile of the enclosing configuration does not reach it, so it carries its own.
	 */
	@RestController
	@Profile("bench")
	@PreAuthorize("permitAll()")
	static class Bare {

		/** The ceiling of a public page: a constant answer, no database, no template. */
		@GetMapping(path = "/bench/bare", produces = MediaType.TEXT_HTML_VALUE)
		String page() {
			return "<!DOCTYPE html><html lang=\"hu\"><title>Gyakorlattár</title><p>ok</p></html>";
		}

		/**
		 * The ceiling of the registration API: the same JSON is read, nothing is checked
		 * or stored.
		 */
		@PostMapping(path = "/bench/bare", consumes = MediaType.APPLICATION_JSON_VALUE)
		ResponseEntity<Map<String, String>> accept(@RequestBody Map<String, Object> body) {
			return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("status", "accepted"));
		}

	}

}
