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
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;
import hu.gyakorlattar.shared.PersonName;
import hu.gyakorlattar.shared.RateLimits;
import hu.gyakorlattar.shared.SiteAddress;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and their passwords: invitations, password resets, password changes and the
 * admin's management of accounts. Links are one-use tokens e-mailed through the outbox in
 * the same transaction that creates them; a new or used link ends the account's other
 * links of that kind. Whatever changes what an account may do (its role, municipality,
 * address, being enabled, its password, its erasure) ends its open sessions.
 */
@Service
@Transactional
public class AccountManagement {

	static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

	static final Duration RESET_VALIDITY = Duration.ofHours(1);

	/** Reset mails one address may receive per hour, whoever asks for them. */
	static final int RESET_MAILS_PER_HOUR = 3;

	private static final SecureRandom random = new SecureRandom();

	private final AccountRepository accounts;

	private final AccountTokenRepository tokens;

	private final AccountRequestRepository requests;

	private final PasswordEncoder passwords;

	private final MailOutbox outbox;

	private final MunicipalityDirectory municipalities;

	private final SessionTermination sessions;

	private final SignInAttempts signIns;

	private final RateLimits limits;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String baseUrl;

	AccountManagement(AccountRepository accounts, AccountTokenRepository tokens, AccountRequestRepository requests,
			PasswordEncoder passwords, MailOutbox outbox, MunicipalityDirectory municipalities,
			SessionTermination sessions, SignInAttempts signIns, RateLimits limits, ApplicationEventPublisher events,
			Clock clock, SiteAddress site) {
		this.municipalities = municipalities;
		this.accounts = accounts;
		this.tokens = tokens;
		this.requests = requests;
		this.passwords = passwords;
		this.outbox = outbox;
		this.sessions = sessions;
		this.signIns = signIns;
		this.limits = limits;
		this.events = events;
		this.clock = clock;
		this.baseUrl = site.baseUrl();
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> find(long id) {
		return this.accounts.findById(id).map(Account::toView);
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> findByEmail(String email) {
		return this.accounts.findByEmail(email).map(Account::toView);
	}

	/**
	 * How pages name a person, never by their e-mail address: the account's name; none
	 * for someone with no account, or no name.
	 */
	@Transactional(readOnly = true)
	public Optional<String> nameOf(String email) {
		return findByEmail(email).map(AccountView::name).map(Object::toString).filter((name) -> !name.isBlank());
	}

	/**
	 * The language an account reads its mail in; Hungarian for an address without an
	 * account.
	 */
	@Transactional(readOnly = true)
	public Locale languageOf(String email) {
		return this.accounts.findByEmail(email).map(Account::getLocale).orElse(HungarianFormats.HUNGARIAN);
	}

	/**
	 * The enabled accounts of one role, e.g. the committee members the office seats on a
	 * call's voting committee.
	 */
	@Transactional(readOnly = true)
	public List<AccountView> withRole(Role role) {
		return all().stream().filter((account) -> account.role() == role && account.enabled()).toList();
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
		announceMunicipality(account, null, null);
		return account.toView();
	}

	void resendInvitation(long id, Locale locale) {
		Account account = this.accounts.findById(id).orElseThrow(NotFound::new);
		if (!account.hasPassword()) {
			sendInvitation(account, locale);
		}
	}

	/**
	 * Someone forgot their password. The request only records that it was made, the same
	 * work whether or not the address has an account, so neither the answer nor its
	 * timing tells who has one; {@link #sendPasswordReset} does the rest in the
	 * background.
	 */
	public void requestPasswordReset(String email, Locale locale) {
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
			String token = issueToken(account, AccountToken.Purpose.PASSWORD_RESET, RESET_VALIDITY);
			this.outbox.queueConfidential(new OutgoingMail(account.getEmail(), Locale.forLanguageTag(request.locale()),
					"account/password-reset", Map.of("name", account.getName().toString(), "link", link(token),
							"validMinutes", RESET_VALIDITY.toMinutes())));
		});
	}

	/** The account a one-use link belongs to, while the link is still usable. */
	@Transactional(readOnly = true)
	public Optional<AccountView> accountForToken(String token) {
		return usableToken(token).map((found) -> found.getAccount().toView());
	}

	/**
	 * Sets a password from an invitation or reset link. The link is used up with every
	 * other link of the account, every session signed in with the old password ends, and
	 * a lock from failed sign-ins is lifted.
	 */
	public void setPassword(String token, String password) {
		AccountToken found = usableToken(token).orElseThrow(() -> new InvalidInput(null, "account.token.invalid"));
		Account account = found.getAccount();
		PasswordStrength.check(password, account.getEmail(), account.getName(), "password");
		account.usePassword(this.passwords.encode(password), false);
		endLinks(account, null);
		this.sessions.endSessionsOf(account.getEmail());
		this.signIns.unlock(account.getEmail());
	}

	/**
	 * A signed-in person changes their password, proving they know the current one; their
	 * other sessions end, the one they are using stays.
	 */
	public void changePassword(String email, String currentPassword, String newPassword,
			@Nullable String currentSessionId) {
		Account account = this.accounts.findByEmail(email).orElseThrow(NotFound::new);
		if (!account.hasPassword() || !this.passwords.matches(currentPassword, account.getPasswordHash())) {
			throw new InvalidInput("currentPassword", "account.password.current.wrong");
		}
		PasswordStrength.check(newPassword, account.getEmail(), account.getName(), "newPassword");
		account.usePassword(this.passwords.encode(newPassword), false);
		this.sessions.endSessionsOf(account.getEmail(), currentSessionId);
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
		Account.Access before = account.access();
		boolean losesAdmin = account.getRole() == Role.ADMIN && (form.role() != Role.ADMIN || !form.enabled());
		if (losesAdmin && account.getEmail().equals(Account.normalise(actingEmail))) {
			throw new InvalidInput("role", "account.admin.self");
		}
		account.changeEmail(form.email());
		account.rename(form.name());
		account.assign(form.role(), form.municipalityKshCode());
		account.enable(form.enabled());
		this.accounts.flush();
		announceMunicipality(account, before.municipalityKshCode(), actingEmail);
		if (!this.accounts.existsByRoleAndEnabledTrue(Role.ADMIN)) {
			throw new InvalidInput("role", "account.admin.last");
		}
		if (!account.access().equals(before)) {
			this.sessions.endSessionsOf(before.email());
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
	 * Erasure (GDPR Art. 17): the account, its links and its account requests are
	 * deleted, its sessions end, and its mails keep only that and when they went out; an
	 * admin cannot erase their own account.
	 */
	void erase(long id, String actingEmail) {
		Account account = this.accounts.findById(id).orElseThrow(NotFound::new);
		if (account.getEmail().equals(Account.normalise(actingEmail))) {
			throw new InvalidInput(null, "account.erase.self");
		}
		this.accounts.delete(account);
		this.requests.deleteByEmail(account.getEmail());
		this.accounts.flush();
		if (!this.accounts.existsByRoleAndEnabledTrue(Role.ADMIN)) {
			throw new InvalidInput(null, "account.admin.last");
		}
		this.sessions.endSessionsOf(account.getEmail());
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
		data.put("language", account.getLocale().toLanguageTag());
		data.put("enabled", account.isEnabled());
		data.put("createdAt", account.getCreatedAt());
		data.put("lastSignInAt", account.getLastSignInAt());
		data.put("accountRequests",
				this.requests.findByEmailOrderByRequestedAt(account.getEmail()).stream().map((request) -> {
					Map<String, Object> requested = new java.util.LinkedHashMap<>();
					requested.put("familyName", request.getName().familyName());
					requested.put("givenName", request.getName().givenName());
					requested.put("position", request.getPosition());
					requested.put("municipalityKshCode", request.getKshCode());
					requested.put("status", request.getStatus().name());
					requested.put("requestedAt", request.getRequestedAt());
					requested.put("decidedAt", request.getDecidedAt());
					requested.put("refusalReason", request.getRefusalReason());
					return requested;
				}).toList());
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
		this.outbox.queueConfidential(new OutgoingMail(account.getEmail(), locale, "account/invitation",
				Map.of("name", account.getName().toString(), "link", invitationLink(account), "role",
						account.getRole().name(), "validDays", INVITATION_VALIDITY.toDays())));
	}

	/**
	 * A new link for a new account to set its password, replacing any earlier one; the
	 * caller mails it through the outbox, confidentially.
	 */
	String invitationLink(Account account) {
		return link(issueToken(account, AccountToken.Purpose.INVITATION, INVITATION_VALIDITY));
	}

	/**
	 * An applicant invited for a municipality, or moved to another one, acts for it from
	 * now on besides any other: whoever keeps who acts for which municipality records it,
	 * so that a later change never takes the earlier municipality's applications away.
	 */
	private void announceMunicipality(Account account, @Nullable String before, @Nullable String admin) {
		String kshCode = (account.getMunicipalityKshCode() != null) ? account.getMunicipalityKshCode().strip() : null;
		if (account.getRole() == Role.APPLICANT && kshCode != null && !kshCode.equals(before)) {
			this.events
				.publishEvent(new ApplicantAccountApproved(account.getEmail(), kshCode, admin, this.clock.instant()));
		}
	}

	/** A new link replaces the account's earlier unused links of the same purpose. */
	private String issueToken(Account account, AccountToken.Purpose purpose, Duration validity) {
		endLinks(account, purpose);
		String token = randomToken(32);
		Instant now = this.clock.instant();
		this.tokens.save(new AccountToken(account, hash(token), purpose, now, now.plus(validity)));
		return token;
	}

	/** Ends the account's unused links of the purpose, or of every purpose. */
	private void endLinks(Account account, AccountToken.@Nullable Purpose purpose) {
		Instant now = this.clock.instant();
		this.tokens.findByAccountAndUsedAtIsNull(account)
			.stream()
			.filter((link) -> purpose == null || link.getPurpose() == purpose)
			.forEach((link) -> link.use(now));
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

	/** The SHA-256 of a text, in hex: how tokens are stored and addresses are logged. */
	static String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Someone asked for a reset link; the address is normalised, it may have no account.
	 */
	record PasswordResetRequested(String email, String locale) {
	}

}
