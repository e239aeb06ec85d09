package hu.gyakorlattar.campaign;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The years and dates a letter names that are not its conference's, in the forms
 * Hungarian letters write them.
 */
class DatesInLetterTests {

	private static final Set<LocalDate> DAYS = Set.of(LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 21));

	private static final Set<Integer> YEARS = Set.of(2026);

	@Test
	void theConferencesOwnYearAndDaysPass() {
		assertThat(DatesInLetter.foreign(
				"A 2026. évi szakasz konferenciája 2026. december 28. (hétfő) 10.00 órától, "
						+ "regisztráció 2026. dec. 21-ig, azaz december 21-én délig; 2026-12-28; 2026.12.28.",
				DAYS, YEARS))
			.isEmpty();
	}

	@Test
	void otherYearsAndDaysInEveryFormAreNamed() {
		assertThat(DatesInLetter.foreign("""
				A 2021-es pályázati szakasz; csatlakozhat 2021 júniusában.
				2021. június 22. (kedd) 10.00 órától, a június 22-én tartott, jún. 7. óta,
				2025.06.22. és 2026-06-22, valamint 2026. június 22.
				""", DAYS, YEARS)).containsExactlyInAnyOrder("2021. június 22", "2025.06.22", "2026-06-22",
				"2026. június 22", "június 22", "jún. 7", "2021");
	}

	@Test
	void numbersThatAreNoYearsOrDatesPass() {
		assertThat(
				DatesInLetter.foreign("10.00–10.25, 4 témakör, 1 723 836 lakos, http://localhost:8080/felhivasok/2021, "
						+ "a 31. pont, június 31-én, 3200 település", DAYS, YEARS))
			.containsExactly("június 31");
	}

}
