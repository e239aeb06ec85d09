package hu.gyakorlattar.municipality;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The application's access rules as architecture.md states them (/admin/** for ADMIN,
 * everything else public, CSRF on, method security honouring the controllers'
 * {@code @PreAuthorize}), until the account module brings the real configuration. Delete
 * this class and its {@code @Import} when that lands: then these tests run against the
 * real rules.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableMethodSecurity
class StandInSecurity {

	@Bean
	SecurityFilterChain standInSecurity(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests(
					(requests) -> requests.requestMatchers("/admin/**").hasRole("ADMIN").anyRequest().permitAll())
			.formLogin(Customizer.withDefaults())
			.build();
	}

}
