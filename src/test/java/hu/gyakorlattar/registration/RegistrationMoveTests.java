package hu.gyakorlattar.registration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A registrant hears of each move of the conference once, even when the move's event is
 * handled again after a crash, and never of an older move after a newer one.
 */
class RegistrationMoveTests {

	@Test
	void eachMoveIsToldOnce() {
		Registration registration = new Registration();

		assertThat(registration.hearsOfMove(2)).isTrue();
		assertThat(registration.hearsOfMove(2)).as("the same move handled again").isFalse();
		assertThat(registration.hearsOfMove(3)).isTrue();
		assertThat(registration.hearsOfMove(2)).as("an older move arriving late").isFalse();
	}

}
