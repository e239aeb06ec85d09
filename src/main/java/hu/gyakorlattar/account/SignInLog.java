package hu.gyakorlattar.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The security log of sign-ins: who signed in or failed, from where, and why it failed,
 * so an operator can see an attack and a person can be told what happened to their
 * account. The address is never written: an account is named by its id, an address
 * without an account by the start of its SHA-256, enough to see one address tried many
 * times. Passwords never reach the log.
 */
@Component
class SignInLog {

	private static final Logger log = LoggerFactory.getLogger("hu.gyakorlattar.security");

	private final AccountRepository accounts;

	SignInLog(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		log.info("Sign-in succeeded: {} from {}", who(event.getAuthentication()), from(event.getAuthentication()));
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		log.warn("Sign-in failed ({}): {} from {}", event.getException().getClass().getSimpleName(),
				who(event.getAuthentication()), from(event.getAuthentication()));
	}

	private String who(Authentication authentication) {
		String email = Account.normalise(String.valueOf(authentication.getName()));
		return this.accounts.findByEmail(email)
			.map((account) -> "account " + account.getId())
			.orElseGet(() -> "no account, address " + AccountLinks.hash(email).substring(0, 12));
	}

	private static String from(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails web) ? web.getRemoteAddress()
				: "unknown";
	}

}
