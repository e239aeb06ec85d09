package hu.gyakorlattar.account;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.PersonName;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A person who signs in. Applicants belong to one municipality, named by its KSH code.
 */
@Entity
@Table(name = "account")
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String passwordHash;

	private String prefix = "";

	private String familyName;

	private String givenName;

	@Enumerated(EnumType.STRING)
	private Role role;

	private String municipalityKshCode;

	private boolean enabled = true;

	private boolean passwordChangeRequired;

	/** The languages an account may read its mail in, Hungarian first. */
	static final List<String> MAIL_LANGUAGES = List.of("hu", "en");

	private String locale = "hu";

	private Instant createdAt;

	private Instant lastSignInAt;

	private Instant previousSignInAt;

	protected Account() {
	}

	Account(String email, PersonName name, Role role, String municipalityKshCode, Instant now) {
		this.email = normalise(email);
		this.createdAt = now;
		rename(name);
		assign(role, municipalityKshCode);
	}

	static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	void changeEmail(String email) {
		this.email = normalise(email);
	}

	void rename(PersonName name) {
		this.prefix = (name.prefix() != null) ? name.prefix().strip() : "";
		this.familyName = name.familyName().strip();
		this.givenName = name.givenName().strip();
	}

	void assign(Role role, String municipalityKshCode) {
		this.role = role;
		this.municipalityKshCode = (role == Role.APPLICANT) ? municipalityKshCode : null;
	}

	void usePassword(String hash, boolean changeRequired) {
		this.passwordHash = hash;
		this.passwordChangeRequired = changeRequired;
	}

	void enable(boolean enabled) {
		this.enabled = enabled;
	}

	/**
	 * The language the person reads our mail in: one of those the interface speaks, by
	 * its language code.
	 */
	void readsMailIn(String language) {
		if (!MAIL_LANGUAGES.contains(language)) {
			throw new InvalidInput("language", "account.language.unknown");
		}
		this.locale = language;
	}

	/**
	 * What the account may do: when any of it changes, the account's open sessions must
	 * end.
	 */
	Access access() {
		return new Access(this.email, this.role, this.municipalityKshCode, this.enabled);
	}

	void signedIn(Instant now) {
		this.previousSignInAt = this.lastSignInAt;
		this.lastSignInAt = now;
	}

	Long getId() {
		return this.id;
	}

	String getEmail() {
		return this.email;
	}

	@Nullable String getPasswordHash() {
		return this.passwordHash;
	}

	PersonName getName() {
		return new PersonName(this.prefix, this.familyName, this.givenName);
	}

	Role getRole() {
		return this.role;
	}

	@Nullable String getMunicipalityKshCode() {
		return this.municipalityKshCode;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	boolean isPasswordChangeRequired() {
		return this.passwordChangeRequired;
	}

	boolean hasPassword() {
		return this.passwordHash != null;
	}

	Locale getLocale() {
		return Locale.forLanguageTag(this.locale);
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	@Nullable Instant getLastSignInAt() {
		return this.lastSignInAt;
	}

	@Nullable Instant getPreviousSignInAt() {
		return this.previousSignInAt;
	}

	AccountView toView() {
		return new AccountView(this.id, this.email, getName(), this.role, this.municipalityKshCode, this.enabled,
				hasPassword(), this.createdAt, this.lastSignInAt, this.previousSignInAt);
	}

	record Access(String email, Role role, String municipalityKshCode, boolean enabled) {
	}

}
