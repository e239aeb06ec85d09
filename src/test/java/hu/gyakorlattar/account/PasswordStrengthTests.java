package hu.gyakorlattar.account;

import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.PersonName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The passwords people reach for first are refused; long unusual ones pass. */
class PasswordStrengthTests {

	private static final String EMAIL = "kovacs.anna@szada.hu";

	private static final PersonName NAME = new PersonName("dr.", "Kovács", "Anna");

	@ParameterizedTest
	@ValueSource(strings = { "jelszo123456", "Jelszó123456", "password1234", "qwertzuiop12", "123456789012",
			"aaaaaaaaaaaa", "kovacsanna2024", "KovacsAnna1980", "szada.hu2024!", "Budapest2026!", "gyakorlattar1" })
	void aGuessablePasswordIsRefusedAsWeak(String password) {
		InvalidInput refused = catchThrowableOfType(InvalidInput.class,
				() -> PasswordStrength.check(password, EMAIL, NAME, "password"));
		assertThat(refused).as(password).isNotNull();
		assertThat(refused.field()).isEqualTo("password");
		assertThat(refused.messageKey()).isEqualTo("account.password.weak");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Kovács Éva 2026 Regéc", "Regéc Kovács Éva 2026", "kovacs éva regéc 1975" })
	void theOwnNameAndPlaceAreEasyGuessesWithAccentsOrWithout(String password) {
		assertThat(
				catchThrowableOfType(InvalidInput.class,
						() -> PasswordStrength.check(password, "kovacs.eva@regec.hu",
								new PersonName("", "Kovács", "Éva"), "password"))
					.messageKey())
			.as(password)
			.isEqualTo("account.password.weak");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Szada idosgondozas 2020", "Tápiószecső nyári tábora 2026", "uj-hosszu-jelszo-2026",
			"piros alma, zöld körte, kék szilva" })
	void aLongUnusualPasswordPasses(String password) {
		assertThatNoException().isThrownBy(() -> PasswordStrength.check(password, EMAIL, NAME, "password"));
	}

	/** bcrypt takes 72 bytes: longer used to pass the rules and then fail at hashing. */
	@ParameterizedTest
	@ValueSource(strings = { "árvíztűrő tükörfúrógép árvíztűrő tükörfúrógép árvíztűrő",
			"a long passphrase of plain letters that goes on beyond seventy-two bytes!" })
	void aPasswordLongerThanTheHashTakesIsRefusedForItsLength(String password) {
		assertThat(catchThrowableOfType(InvalidInput.class,
				() -> PasswordStrength.check(password, EMAIL, NAME, "password"))
			.messageKey()).isEqualTo("account.password.long");
	}

	@ParameterizedTest
	@ValueSource(strings = { "rövid", "" })
	void aShortPasswordIsRefusedForItsLength(String password) {
		assertThat(catchThrowableOfType(InvalidInput.class,
				() -> PasswordStrength.check(password, EMAIL, NAME, "password"))
			.messageKey()).isEqualTo("account.password.short");
	}

}
