package hu.gyakorlattar.account;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import hu.gyakorlattar.mail.MailOutbox;
import hu.gyakorlattar.mail.OutgoingMail;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;
import hu.gyakorlattar.shared.RateLimits;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passwords: a forgotten one is reset from an e-mailed link, an invited person sets
 * theirs from the invitation's link, a signed-in person changes theirs. A new password
 * ends the sessions signed in with the old one.
 */
@Service
@Transactional
class SettingPasswords {

	static final Duration RESET_VALIDITY = Duration.ofHours(1);

	/** Reset mails one address may receive per hour, whoever asks for them. */
	static final int RESET_MAILS_PER_HOUR = 3;

	private final AccountRepository accounts;

	private final AccountLinks links;

	private final PasswordEncoder passwords;

	private final MailOutbox outbox;

	private final SessionTermination sessions;

	private final SignInAttempts signIns;

	private final RateLimits limits;

	private final ApplicationEventPublisher events;

	SettingPasswords(AccountRepository accounts, AccountLinks links, PasswordEncoder passwords, MailOutbox outbox,
			SessionTermination sessions, SignInAttempts signIns, RateLimits limits, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.links = links;
		this.passwords = passwords;
		this.outbox = outbox;
		this.sessions = sessions;
		this.signIns = signIns;
		this.limits = limits;
		this.events = events;
	}

	/**
	 * Someone forgot their password. The request only records that it was made, the same
	 * work whether or not the address has an account, so neither the answer nor its
	 * timing tells who has one; {@link #sendPasswordReset} does the rest in the
	 * background.
	 */
	void requestPasswordReset(String email, Locale locale) {
		this.events.publishEvent(new PasswordResetRequested(Account.normalise(email), locale.toLanguageTag()));
	}

	/**
	 * An existing, enabled account gets a reset link, at most a few an hour (so the form
	 * cannot flood someone's mailbox), and the link replaces any earlier one.
	 */
	@ApplicationModuleListener
	void sendPasswordReset(PasswordResetRequested request) {
		if (!this.limits.admit("password reset mail " + request.email(), RESET_MAILS_PER_HOUR, Duration.ofHours(1))) {
			return;
		}
		this.accounts.findByEmail(request.email()).filter(Account::isEnabled).ifPresent((account) -> {
			String link = this.links.newLink(account, AccountToken.Purpose.PASSWORD_RESET, RESET_VALIDITY);
			this.outbox.queueConfidential(new OutgoingMail(account.getEmail(), Locale.forLanguageTag(request.locale()),
					"account/password-reset", Map.of("name", account.getName().toString(), "link", link, "validMinutes",
							RESET_VALIDITY.toMinutes())));
		});
	}

	/** The account a one-use link belongs to, while the link is still usable. */
	@Transactional(readOnly = true)
	Optional<AccountView> accountForToken(String token) {
		return this.links.usable(token).map((found) -> found.getAccount().toView());
	}

	/**
	 * Sets a password from an invitation or reset link. The link is used up with every
	 * other link of the account, every session signed in with the old password ends, and
	 * a lock from failed sign-ins is lifted.
	 */
	void setPassword(String token, String password) {
		AccountToken found = this.links.usable(token)
			.orElseThrow(() -> new InvalidInput(null, "account.token.invalid"));
		Account account = found.getAccount();
		PasswordStrength.check(password, account.getEmail(), account.getName(), "password");
		account.usePassword(this.passwords.encode(password), false);
		this.links.end(account, null);
		this.sessions.endSessionsOf(account.getEmail());
		this.signIns.unlock(account.getEmail());
	}

	/**
	 * A signed-in person changes their password, proving they know the current one; their
	 * other sessions end, the one they are using stays.
	 */
	void changePassword(String email, String currentPassword, String newPassword, @Nullable String currentSessionId) {
		Account account = this.accounts.findByEmail(email).orElseThrow(NotFound::new);
		if (!account.hasPassword() || !this.passwords.matches(currentPassword, account.getPasswordHash())) {
			throw new InvalidInput("currentPassword", "account.password.current.wrong");
		}
		PasswordStrength.check(newPassword, account.getEmail(), account.getName(), "newPassword");
		account.usePassword(this.passwords.encode(newPassword), false);
		this.sessions.endSessionsOf(account.getEmail(), currentSessionId);
	}

	/**
	 * Someone asked for a reset link; the address is normalised, it may have no account.
	 */
	record PasswordResetRequested(String email, String locale) {
	}

}
