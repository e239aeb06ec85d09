package hu.gyakorlattar.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import hu.gyakorlattar.mail.MailOutbox;
import hu.gyakorlattar.mail.OutgoingMail;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;
import hu.gyakorlattar.shared.PersonName;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and their passwords: invitations, password resets, password changes and the
 * admin's management of accounts. Links are one-use tokens e-mailed through the outbox in
 * the same transaction that creates them.
 */
@Service
@Transactional
public class AccountManagement {

	static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

	static final Duration RESET_VALIDITY = Duration.ofHours(1);

	static final int MIN_PASSWORD_LENGTH = 12;

	private static final SecureRandom random = new SecureRandom();

	private final AccountRepository accounts;

	private final AccountTokenRepository tokens;

	private final PasswordEncoder passwords;

	private final MailOutbox outbox;

	private final MunicipalityDirectory municipalities;

	private final Clock clock;

	private final String baseUrl;

	AccountManagement(AccountRepository accounts, AccountTokenRepository tokens, PasswordEncoder passwords,
			MailOutbox outbox, MunicipalityDirectory municipalities, Clock clock,
			@Value("${gyakorlattar.base-url}") String baseUrl) {
		this.municipalities = municipalities;
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwords = passwords;
		this.outbox = outbox;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> find(long id) {
		return this.accounts.findById(id).map(Account::toView);
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> findByEmail(String email) {
		return this.accounts.findByEmail(email).map(Account::toView);
	}

	@Transactional(readOnly = true)
	List<AccountView> all() {
		return this.accounts.findAllByOrderByFamilyNameAscGivenNameAsc().stream().map(Account::toView).toList();
	}

	/**
	 * An admin invites someone: the account exists at once, the person sets a password
	 * from the e-mailed link.
	 */
	public AccountView invite(InvitationForm form, Locale locale) {
		if (this.accounts.findByEmail(form.email()).isPresent()) {
			throw new InvalidInput("email", "account.email.taken");
		}
		checkMunicipality(form.role(), form.municipalityKshCode());
		Account account = this.accounts.save(
				new Account(form.email(), form.name(), form.role(), form.municipalityKshCode(), this.clock.instant()));
		sendInvitation(account, locale);
		return account.toView();
	}

	void resendInvitation(long id, Locale locale) {
		Account account = this.accounts.findById(id).orElseThrow(NotFound::new);
		if (!account.hasPassword()) {
			sendInvitation(account, locale);
		}
	}

	/**
	 * Someone forgot their password. Whether or not the address has an account, the
	 * caller answers the same, so the form reveals nothing; only an existing, enabled
	 * account gets a mail.
	 */
	public void requestPasswordReset(String email, Locale locale) {
		this.accounts.findByEmail(email).filter(Account::isEnabled).ifPresent((account) -> {
			String token = issueToken(account, AccountToken.Purpose.PASSWORD_RESET, RESET_VALIDITY);
			this.outbox.queue(new OutgoingMail(account.getEmail(), locale, "account/password-reset", Map.of("name",
					account.getName().toString(), "link", link(token), "validMinutes", RESET_VALIDITY.toMinutes())));
		});
	}

	/** The account a one-use link belongs to, while the link is still usable. */
	@Transactional(readOnly = true)
	public Optional<AccountView> accountForToken(String token) {
		return usableToken(token).map((found) -> found.getAccount().toView());
	}

	/** Sets a password from an invitation or reset link; the link is used up. */
	public void setPassword(String token, String password) {
		AccountToken found = usableToken(token).orElseThrow(() -> new InvalidInput(null, "account.token.invalid"));
		Account account = found.getAccount();
		checkPasswordStrength(password, account.getEmail(), "password");
		account.usePassword(this.passwords.encode(password), false);
		found.use(this.clock.instant());
	}

	/** A signed-in person changes their password, proving they know the current one. */
	public void changePassword(String email, String currentPassword, String newPassword) {
		Account account = this.accounts.findByEmail(email).orElseThrow(NotFound::new);
		if (!account.hasPassword() || !this.passwords.matches(currentPassword, account.getPasswordHash())) {
			throw new InvalidInput("currentPassword", "account.password.current.wrong");
		}
		checkPasswordStrength(newPassword, account.getEmail(), "newPassword");
		account.usePassword(this.passwords.encode(newPassword), false);
	}

	/**
	 * An admin edits an account. The last enabled admin cannot lock the programme office
	 * out.
	 */
	void update(long id, AccountForm form, String actingEmail) {
		Account account = this.accounts.findById(id).orElseThrow(NotFound::new);
		Optional<Account> sameEmail = this.accounts.findByEmail(form.email());
		if (sameEmail.isPresent() && !sameEmail.get().getId().equals(account.getId())) {
			throw new InvalidInput("email", "account.email.taken");
		}
		checkMunicipality(form.role(), form.municipalityKshCode());
		boolean losesAdmin = account.getRole() == Role.ADMIN && (form.role() != Role.ADMIN || !form.enabled());
		if (losesAdmin && account.getEmail().equals(Account.normalise(actingEmail))) {
			throw new InvalidInput("role", "account.admin.self");
		}
		account.changeEmail(form.email());
		account.rename(form.name());
		account.assign(form.role(), form.municipalityKshCode());
		account.enable(form.enabled());
		this.accounts.flush();
		if (!this.accounts.existsByRoleAndEnabledTrue(Role.ADMIN)) {
			throw new InvalidInput("role", "account.admin.last");
		}
	}

	@Transactional(readOnly = true)
	AccountForm formFor(long id) {
		Account account = this.accounts.findById(id).orElseThrow(NotFound::new);
		PersonName name = account.getName();
		return new AccountForm(account.getEmail(), name.prefix(), name.familyName(), name.givenName(),
				account.getRole(), account.getMunicipalityKshCode(), account.isEnabled());
	}

	/**
	 * Erasure (GDPR Art. 17): the account and its links are deleted; an admin cannot
	 * erase their own account.
	 */
	void erase(long id, String actingEmail) {
		Account account = this.accounts.findById(id).orElseThrow(NotFound::new);
		if (account.getEmail().equals(Account.normalise(actingEmail))) {
			throw new InvalidInput(null, "account.erase.self");
		}
		this.accounts.delete(account);
		this.accounts.flush();
		if (!this.accounts.existsByRoleAndEnabledTrue(Role.ADMIN)) {
			throw new InvalidInput(null, "account.admin.last");
		}
		this.outbox.forget(account.getEmail());
	}

	/**
	 * Everything the account module holds about a person (GDPR Art. 15 and 20), as a
	 * portable document.
	 */
	@Transactional(readOnly = true)
	public Map<String, Object> personalData(String email) {
		Account account = this.accounts.findByEmail(email).orElseThrow(NotFound::new);
		Map<String, Object> data = new java.util.LinkedHashMap<>();
		data.put("email", account.getEmail());
		data.put("prefix", account.getName().prefix());
		data.put("familyName", account.getName().familyName());
		data.put("givenName", account.getName().givenName());
		data.put("role", account.getRole().name());
		data.put("municipalityKshCode", account.getMunicipalityKshCode());
		data.put("enabled", account.isEnabled());
		data.put("createdAt", account.getCreatedAt());
		data.put("lastSignInAt", account.getLastSignInAt());
		return data;
	}

	void signedIn(String email) {
		this.accounts.findByEmail(email).ifPresent((account) -> account.signedIn(this.clock.instant()));
	}

	@Transactional(readOnly = true)
	boolean passwordChangeRequired(String email) {
		return this.accounts.findByEmail(email).map(Account::isPasswordChangeRequired).orElse(false);
	}

	/**
	 * The first admin on an empty system, with the given password or a one-time one the
	 * caller prints.
	 */
	Optional<String> ensureFirstAdmin(String email, String configuredPassword) {
		if (this.accounts.existsByRoleAndEnabledTrue(Role.ADMIN)) {
			return Optional.empty();
		}
		boolean oneTime = configuredPassword == null || configuredPassword.isBlank();
		String password = oneTime ? randomToken(12) : configuredPassword;
		Account admin = this.accounts.findByEmail(email)
			.orElseGet(() -> new Account(email, new PersonName("", "Programiroda", "Admin"), Role.ADMIN, null,
					this.clock.instant()));
		admin.assign(Role.ADMIN, null);
		admin.enable(true);
		admin.usePassword(this.passwords.encode(password), oneTime);
		this.accounts.save(admin);
		return Optional.of(password);
	}

	private void sendInvitation(Account account, Locale locale) {
		String token = issueToken(account, AccountToken.Purpose.INVITATION, INVITATION_VALIDITY);
		this.outbox.queue(new OutgoingMail(account.getEmail(), locale, "account/invitation",
				Map.of("name", account.getName().toString(), "link", link(token), "role", account.getRole().name(),
						"validDays", INVITATION_VALIDITY.toDays())));
	}

	private String issueToken(Account account, AccountToken.Purpose purpose, Duration validity) {
		String token = randomToken(32);
		Instant now = this.clock.instant();
		this.tokens.save(new AccountToken(account, hash(token), purpose, now, now.plus(validity)));
		return token;
	}

	private Optional<AccountToken> usableToken(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return this.tokens.findByTokenHash(hash(token)).filter((found) -> found.usableAt(this.clock.instant()));
	}

	private String link(String token) {
		return this.baseUrl + "/jelszo-beallitas/" + token;
	}

	private static void checkPasswordStrength(String password, String email, String field) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw new InvalidInput(field, "account.password.short", MIN_PASSWORD_LENGTH);
		}
		if (password.length() > 128) {
			throw new InvalidInput(field, "account.password.long");
		}
		if (password.equalsIgnoreCase(email)) {
			throw new InvalidInput(field, "account.password.email");
		}
	}

	private void checkMunicipality(Role role, String kshCode) {
		if (role != Role.APPLICANT) {
			return;
		}
		if (kshCode == null || !kshCode.strip().matches("\\d{5}")) {
			throw new InvalidInput("municipalityKshCode", "account.municipality.required");
		}
		if (this.municipalities.find(kshCode.strip()).isEmpty()) {
			throw new InvalidInput("municipalityKshCode", "account.municipality.unknown");
		}
	}

	private static String randomToken(int bytes) {
		byte[] value = new byte[bytes];
		random.nextBytes(value);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
	}

	private static String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
