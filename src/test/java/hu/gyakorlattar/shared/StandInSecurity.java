package hu.gyakorlattar.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The access rules the account module's security configuration will have (public pages
 * open, {@code /admin/**} for admins, {@code @PreAuthorize} enforced, CSRF on), for tests
 * written before it exists: Spring Boot's default would lock every page behind a login.
 * As soon as the application defines its own {@link SecurityFilterChain} this one steps
 * aside, and this class can be deleted.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableMethodSecurity
public class StandInSecurity {

	@Bean
	@ConditionalOnMissingBean(SecurityFilterChain.class)
	SecurityFilterChain standInSecurityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers("/admin/**").hasRole("ADMIN").anyRequest().permitAll());
		return http.build();
	}

}
