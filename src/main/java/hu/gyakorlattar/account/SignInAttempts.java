package hu.gyakorlattar.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import hu.gyakorlattar.shared.SiteAddress;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import hu.gyakorlattar.shared.RateLimits;

import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Limits failed sign-ins per account, on top of the per-address limit of the public
 * forms, so guessing one person's password from many addresses gets nowhere: after
 * {@value #FAILURES_ALLOWED} failures in {@link #PERIOD} the account takes no further
 * attempts until older failures age out. So that an attacker cannot use the limit to lock
 * the owner out, a browser that has signed in to the account before carries a cookie that
 * counts its attempts apart (OWASP's "device cookie"): the attacker's failures never lock
 * the owner's usual browser. The cookie is an HMAC of the address keyed with the
 * account's password hash: no table, valid on every instance, and void once the password
 * changes. A reset password also lifts the account's lock.
 */
@Component
class SignInAttempts implements AuthenticationDetailsSource<HttpServletRequest, SignInAttempts.Details> {

	static final int FAILURES_ALLOWED = 10;

	static final Duration PERIOD = Duration.ofMinutes(15);

	static final String BROWSER_COOKIE = "gyakorlattar-bongeszo";

	private static final Duration BROWSER_REMEMBERED = Duration.ofDays(180);

	private final RateLimits limits;

	private final AccountRepository accounts;

	private final boolean secureCookie;

	SignInAttempts(RateLimits limits, AccountRepository accounts, SiteAddress site) {
		this.limits = limits;
		this.accounts = accounts;
		this.secureCookie = site.secure();
	}

	/** Signs in with the password check, counting each failure against the account. */
	AuthenticationProvider limiting(DaoAuthenticationProvider passwordCheck) {
		return new AuthenticationProvider() {

			@Override
			public Authentication authenticate(Authentication attempt) {
				String key = counterFor(Account.normalise(attempt.getName()), attempt.getDetails());
				if (!SignInAttempts.this.limits.admit(key, FAILURES_ALLOWED, PERIOD)) {
					throw new LockedException("too many failed sign-ins to this account");
				}
				Authentication signedIn = passwordCheck.authenticate(attempt);
				SignInAttempts.this.limits.refund(key, PERIOD);
				return signedIn;
			}

			@Override
			public boolean supports(Class<?> authentication) {
				return passwordCheck.supports(authentication);
			}

		};
	}

	/**
	 * The browser the owner just signed in with counts its attempts apart from now on.
	 */
	void remember(String email, HttpServletRequest request, HttpServletResponse response) {
		this.accounts.findByEmail(email).ifPresent((account) -> {
			Cookie cookie = new Cookie(BROWSER_COOKIE, proof(account));
			cookie.setPath(request.getContextPath() + "/belepes");
			cookie.setMaxAge((int) BROWSER_REMEMBERED.toSeconds());
			cookie.setHttpOnly(true);
			cookie.setSecure(this.secureCookie || request.isSecure());
			cookie.setAttribute("SameSite", "Strict");
			response.addCookie(cookie);
		});
	}

	/** After a password reset the owner can sign in at once, from any browser. */
	void unlock(String email) {
		this.limits.forget(counterFor(email, null));
	}

	@Override
	public Details buildDetails(HttpServletRequest request) {
		String browser = Optional.ofNullable(request.getCookies())
			.stream()
			.flatMap(Arrays::stream)
			.filter((cookie) -> BROWSER_COOKIE.equals(cookie.getName()))
			.map(Cookie::getValue)
			.findFirst()
			.orElse(null);
		return new Details(request, browser);
	}

	private String counterFor(String email, Object details) {
		boolean knownBrowser = details instanceof Details signIn && signIn.browser() != null
				&& !signIn.browser().isEmpty()
				&& this.accounts.findByEmail(email)
					.map((account) -> MessageDigest.isEqual(proof(account).getBytes(StandardCharsets.US_ASCII),
							signIn.browser().getBytes(StandardCharsets.US_ASCII)))
					.orElse(false);
		return (knownBrowser ? "sign-in known browser " : "sign-in ") + email;
	}

	private static String proof(Account account) {
		if (!account.hasPassword()) {
			return "";
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(account.getPasswordHash().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] proof = mac.doFinal(("known browser " + account.getEmail()).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(proof);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java runtime has HmacSHA256", ex);
		}
	}

	/** The usual details of a web sign-in, and the browser's cookie if it has one. */
	static final class Details extends WebAuthenticationDetails {

		/** Not kept in the session with the rest: it is as good as a credential. */
		private final transient String browser;

		Details(HttpServletRequest request, String browser) {
			super(request);
			this.browser = browser;
		}

		String browser() {
			return this.browser;
		}

	}

}
