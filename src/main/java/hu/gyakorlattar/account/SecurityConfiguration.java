package hu.gyakorlattar.account;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what. Every controller declares its audience with {@code @PreAuthorize} (a
 * test checks that none is missing; {@link ControllerMethodSecurity} enforces it); the
 * URL rules below are a second line for the admin area and the profile. Pages are served
 * with a strict Content-Security-Policy (no inline scripts), no framing, and a
 * conservative referrer policy.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * The documents the office's pages frame: a mail's HTML in its preview (they carry a
	 * policy of their own, {@code MailPreview}). Every other response may not be framed.
	 */
	private static final RequestMatcher FRAMED = new OrRequestMatcher(
			PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/admin/levelek/{id}/html"),
			PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/admin/meghivok/{id}/elonezet"));

	@Bean
	SecurityFilterChain web(HttpSecurity http, AccountManagement accounts, SignInAttempts attempts) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/admin/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/fiok/**", "/fiok")
			.authenticated()
			.anyRequest()
			.permitAll())
			.formLogin((form) -> form.loginPage("/belepes")
				.loginProcessingUrl("/belepes")
				.authenticationDetailsSource(attempts)
				.failureHandler(signInFailure())
				.successHandler(new SignInSuccess(accounts, attempts))
				.permitAll())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(signInFirst()))
			.logout((logout) -> logout.logoutUrl("/kilepes").logoutSuccessUrl("/?kilepett").permitAll())
			// Two POSTs come from programs that hold no CSRF token. RFC 8058 one-click
			// unsubscribe: mail providers post to the List-Unsubscribe link (the page's
			// own confirmation form keeps its token). The public registration API:
			// integrations post JSON; it acts for no signed-in user, so a forged request
			// gains nothing a direct one would not, and its rate limits still apply.
			.csrf((csrf) -> csrf.ignoringRequestMatchers(
					PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/leiratkozas/{token}"),
					PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/conferences/{id}/registrations")))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frames) -> frames.disable())
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(FRAMED),
						new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY)))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(FRAMED,
						new XFrameOptionsHeaderWriter(XFrameOptionsMode.SAMEORIGIN)))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
						"camera=(), microphone=(), geolocation=(), payment=()")));
		return http.build();
	}

	/**
	 * No observation around each security filter, authentication and authorization:
	 * nobody reads them, and wrapping every filter of every request in one was a fifth of
	 * the public conference page's CPU (issue 19). Requests are still timed as a whole
	 * ({@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/** bcrypt, its id stored in front of each hash ({@code {bcrypt}…}). */
	@Bean
	PasswordEncoder passwordEncoder(PasswordHashing hashing) {
		return new DelegatingPasswordEncoder("bcrypt",
				Map.of("bcrypt", new BCryptPasswordEncoder(hashing.bcryptRounds())));
	}

	/** The password check, within the per-account limit of failed sign-ins. */
	@Bean
	AuthenticationProvider signIn(AccountRepository accounts, PasswordEncoder passwords, SignInAttempts attempts) {
		DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(signingIn(accounts));
		passwordCheck.setPasswordEncoder(passwords);
		return attempts.limiting(passwordCheck);
	}

	/**
	 * A page that needs a sign-in sends the visitor to the sign-in page, and says why
	 * when the browser's session has ended under it (the office changed the account's
	 * rights, or it timed out): otherwise a person in the middle of their work finds
	 * themselves signed out without a word.
	 */
	private static AuthenticationEntryPoint signInFirst() {
		AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/belepes");
		AuthenticationEntryPoint again = new LoginUrlAuthenticationEntryPoint("/belepes?veget-ert");
		return (request, response, exception) -> {
			boolean ended = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
			(ended ? again : signIn).commence(request, response, exception);
		};
	}

	/**
	 * Every failure gets the same message, but for an address whose failures reached the
	 * per-account limit (whether or not it has an account).
	 */
	private static AuthenticationFailureHandler signInFailure() {
		ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
		failure.setDefaultFailureUrl("/belepes?hiba");
		failure.setExceptionMappings(Map.of(LockedException.class.getName(), "/belepes?zarolva"));
		return (request, response, exception) -> {
			SignInPages.keepTypedAddress(request);
			failure.onAuthenticationFailure(request, response, exception);
		};
	}

	/**
	 * Accounts without a password (invited, not yet activated) and disabled accounts
	 * cannot sign in; the sign-in page answers every failure with the same message. They
	 * are reported as unknown rather than disabled: Spring Security hashes a dummy
	 * password for an unknown name, but rejects a disabled account before hashing, so a
	 * disabled answer would come back ten times faster and tell who has been invited.
	 */
	private static UserDetailsService signingIn(AccountRepository accounts) {
		return (email) -> accounts.findByEmail(email)
			.filter((account) -> account.isEnabled() && account.hasPassword())
			.map((account) -> User.withUsername(account.getEmail())
				.password(account.getPasswordHash())
				.authorities(account.getRole().authority())
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("no account that can sign in"));
	}

	/**
	 * Records the sign-in, remembers the browser, and sends someone with a one-time
	 * password to change it first; the others go back to the page that sent them to sign
	 * in, or else to where their role's work starts ({@link Role#startPage}).
	 */
	static class SignInSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

		private final AccountManagement accounts;

		private final SignInAttempts attempts;

		SignInSuccess(AccountManagement accounts, SignInAttempts attempts) {
			this.accounts = accounts;
			this.attempts = attempts;
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws IOException, ServletException {
			this.accounts.signedIn(authentication.getName());
			this.attempts.remember(authentication.getName(), request, response);
			if (this.accounts.passwordChangeRequired(authentication.getName())) {
				getRedirectStrategy().sendRedirect(request, response, "/fiok/jelszo");
				return;
			}
			super.onAuthenticationSuccess(request, response, authentication);
		}

		@Override
		protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) {
			return Stream.of(Role.values())
				.filter((role) -> authentication.getAuthorities()
					.stream()
					.anyMatch((granted) -> role.authority().equals(granted.getAuthority())))
				.findFirst()
				.map(Role::startPage)
				.orElse("/fiok");
		}

	}

}
