package hu.gyakorlattar.account;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.PersonName;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules read of accounts, and what signing in records. The use cases live
 * beside it: {@link ManagingAccounts}, {@link SettingPasswords},
 * {@link AccountPersonalData}.
 */
@Service
@Transactional
public class AccountManagement {

	private final AccountRepository accounts;

	private final ManagingAccounts managing;

	private final Clock clock;

	AccountManagement(AccountRepository accounts, ManagingAccounts managing, Clock clock) {
		this.accounts = accounts;
		this.managing = managing;
		this.clock = clock;
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
	 * The enabled accounts of one role in Hungarian alphabetical order of names, e.g. the
	 * committee members the office seats on a call's voting committee.
	 */
	@Transactional(readOnly = true)
	public List<AccountView> withRole(Role role) {
		return all().stream().filter((account) -> account.role() == role && account.enabled()).toList();
	}

	/**
	 * Every account in Hungarian alphabetical order of names, which the database's byte
	 * order is not ("Molnár" before "Mészáros").
	 */
	@Transactional(readOnly = true)
	List<AccountView> all() {
		return this.accounts.findAll()
			.stream()
			.map(Account::toView)
			.sorted(Comparator.comparing(AccountView::name, PersonName.hungarianOrder()))
			.toList();
	}

	/**
	 * The addresses in Hungarian alphabetical order of their accounts' names (see
	 * {@link PersonName#hungarianOrder}); an address without an account stands as if it
	 * were a family name.
	 */
	@Transactional(readOnly = true)
	public List<String> inAlphabeticalOrder(Collection<String> emails) {
		Map<String, PersonName> names = new HashMap<>();
		emails.forEach((email) -> names.put(email,
				findByEmail(email).map(AccountView::name).orElseGet(() -> new PersonName("", email, ""))));
		return emails.stream().sorted(Comparator.comparing(names::get, PersonName.hungarianOrder())).toList();
	}

	/** An admin invites someone, as {@link ManagingAccounts#invite} does. */
	public AccountView invite(InvitationForm form, Locale locale) {
		return this.managing.invite(form, locale);
	}

	void signedIn(String email) {
		this.accounts.findByEmail(email).ifPresent((account) -> account.signedIn(this.clock.instant()));
	}

	@Transactional(readOnly = true)
	boolean passwordChangeRequired(String email) {
		return this.accounts.findByEmail(email).map(Account::isPasswordChangeRequired).orElse(false);
	}

}
