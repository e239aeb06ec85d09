package hu.gyakorlattar.shared;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A one-line field refuses every control character, which would split a CSV row or a line
 * of the public participant list, and takes any printable name.
 */
class SingleLineTests {

	static ValidatorFactory factory;

	static Validator validator;

	@BeforeAll
	static void validator() {
		factory = Validation.buildDefaultValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void close() {
		factory.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Kovács\r\nAnna", "Kovács\nAnna", "Kovács\rAnna", "Kovács\tAnna", "Kovács\0",
			"\u007FKovács", "Kovács\u0085Anna", "\u000BKovács" })
	void aControlCharacterIsRefused(String name) {
		assertThat(validator.validate(new Name(name))).singleElement()
			.satisfies((violation) -> assertThat(violation.getPropertyPath()).hasToString("value"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Kovácsné Szőke Anna", "=HYPERLINK(\"http://x\",\"y\")", "dr. Ó\u00A0Ödön", "" })
	void aPrintableOneLineTextIsAccepted(String name) {
		assertThat(validator.validate(new Name(name))).isEmpty();
	}

	@Test
	void noValueIsLeftToNotBlank() {
		assertThat(validator.validate(new Name(null))).isEmpty();
	}

	record Name(@SingleLine String value) {

	}

}
