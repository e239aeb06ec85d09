package hu.gyakorlattar.account;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator's endpoints: the health probes are public (load balancers and
 * orchestrators call them), everything else (the Prometheus metrics) is for admins only,
 * a signed-in one or a scraper sending an admin account's address and password with HTTP
 * Basic (README, "Operations"). A chain of its own, before the pages' chain.
 */
@Configuration(proxyBeanMethods = false)
class OperationsEndpointsAccess {

	@Bean
	@Order(1)
	SecurityFilterChain operationsEndpoints(HttpSecurity http) throws Exception {
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to("health"))
				.permitAll()
				.anyRequest()
				.hasRole(Role.ADMIN.name()))
			.httpBasic((basic) -> basic.realmName("Gyakorlattar operations"))
			// A scraper keeps no cookies: a session per scrape would fill the session
			// table.
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER));
		return http.build();
	}

}
