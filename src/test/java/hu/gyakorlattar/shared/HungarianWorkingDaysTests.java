package hu.gyakorlattar.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Days a municipal office can attend a conference, and the next one after a holiday. */
class HungarianWorkingDaysTests {

	@ParameterizedTest
	@CsvSource({ "2026-12-24", "2026-12-25", "2026-12-26", "2026-12-31", "2027-01-01", "2026-03-15", "2026-04-03",
			"2026-04-06", "2026-05-01", "2026-05-25", "2026-08-20", "2026-10-23", "2027-03-26", "2027-03-29",
			"2026-12-05", "2026-12-06" })
	void holidaysAndWeekendsAreNoDaysForAConference(LocalDate day) {
		assertThat(HungarianWorkingDays.isWorkingDay(day)).as(day.toString()).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "2021-06-22", "2026-12-03", "2026-12-28", "2026-04-07", "2026-05-26", "2026-10-22" })
	void ordinaryWeekdaysAreWorkingDays(LocalDate day) {
		assertThat(HungarianWorkingDays.isWorkingDay(day)).as(day.toString()).isTrue();
	}

	@Test
	void christmasMovesToTheFirstWorkingDayAfterIt() {
		assertThat(HungarianWorkingDays.onOrAfter(LocalDate.of(2026, 12, 24))).isEqualTo(LocalDate.of(2026, 12, 28));
		assertThat(HungarianWorkingDays.onOrAfter(LocalDate.of(2026, 12, 28))).isEqualTo(LocalDate.of(2026, 12, 28));
	}

	@Test
	void theWorkingDayBeforeAMondayIsTheFriday() {
		assertThat(HungarianWorkingDays.lastBefore(LocalDate.of(2027, 1, 11))).isEqualTo(LocalDate.of(2027, 1, 8));
		assertThat(HungarianWorkingDays.lastBefore(LocalDate.of(2027, 1, 13))).isEqualTo(LocalDate.of(2027, 1, 12));
		// Before Monday 28 December 2026: the weekend, Christmas and Christmas Eve
		assertThat(HungarianWorkingDays.lastBefore(LocalDate.of(2026, 12, 28))).isEqualTo(LocalDate.of(2026, 12, 23));
		// Before the Tuesday after Easter: Easter Monday, the weekend and Good Friday
		assertThat(HungarianWorkingDays.lastBefore(LocalDate.of(2027, 3, 30))).isEqualTo(LocalDate.of(2027, 3, 25));
	}

	@Test
	void easterFollowsTheGregorianComputus() {
		assertThat(HungarianWorkingDays.easterSunday(2021)).isEqualTo(LocalDate.of(2021, 4, 4));
		assertThat(HungarianWorkingDays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
		assertThat(HungarianWorkingDays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
	}

}
