package hu.gyakorlattar.account;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import hu.gyakorlattar.mail.MailOutbox;
import hu.gyakorlattar.mail.OutgoingMail;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;
import hu.gyakorlattar.shared.PersonName;
import hu.gyakorlattar.shared.RandomTokens;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's management of accounts: invitations, roles, municipalities and being
 * enabled. Whatever changes what an account may do ends its open sessions, and the last
 * enabled admin cannot lock the programme office out.
 */
@Service
@Transactional
class ManagingAccounts {

	private final AccountRepository accounts;

	private final AccountLinks links;

	private final PasswordEncoder passwords;

	private final MailOutbox outbox;

	private final MunicipalityDirectory municipalities;

	private final SessionTermination sessions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ManagingAccounts(AccountRepository accounts, AccountLinks links, PasswordEncoder passwords, MailOutbox outbox,
			MunicipalityDirectory municipalities, SessionTermination sessions, ApplicationEventPublisher events,
			Clock clock) {
		this.accounts = accounts;
		this.links = links;
		this.passwords = passwords;
		this.outbox = outbox;
		this.municipalities = municipalities;
		this.sessions = sessions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * An admin invites someone: the account exists at once, the person sets a password
	 * from the e-mailed link.
	 */
	AccountView invite(InvitationForm form, Locale locale) {
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
	 * The first admin on an empty system, with the given password or a one-time one the
	 * caller prints.
	 */
	Optional<String> ensureFirstAdmin(String email, @Nullable String configuredPassword) {
		if (this.accounts.existsByRoleAndEnabledTrue(Role.ADMIN)) {
			return Optional.empty();
		}
		boolean oneTime = configuredPassword == null || configuredPassword.isBlank();
		String password = oneTime ? RandomTokens.ofBytes(12) : configuredPassword;
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
				Map.of("name", account.getName().toString(), "link", this.links.invitationLink(account), "role",
						account.getRole().name(), "validDays", AccountLinks.INVITATION_VALIDITY.toDays())));
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

	private void checkMunicipality(Role role, @Nullable String kshCode) {
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

}
