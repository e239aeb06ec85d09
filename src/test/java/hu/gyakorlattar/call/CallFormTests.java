package hu.gyakorlattar.call;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the office finds in the form of a new call. */
class CallFormTests {

	@Test
	void aNewCallOpensTodayAndIsDueAMonthLater() {
		CallForm proposal = CallForm.proposal(null, LocalDate.of(2027, 2, 9));

		assertThat(proposal.getOpensOn()).isEqualTo(LocalDate.of(2027, 2, 9));
		assertThat(proposal.getDeadlineOn()).isEqualTo(LocalDate.of(2027, 3, 9));
	}

	@Test
	void aDeadlineThatWouldFallOnAHolidayOrAWeekendMovesToTheNextWorkingDay() {
		// A month after 15 February 2027 is the national holiday of 15 March.
		assertThat(CallForm.proposal(null, LocalDate.of(2027, 2, 15)).getDeadlineOn())
			.isEqualTo(LocalDate.of(2027, 3, 16));
		// A month after 24 November 2026 is Christmas Eve, then Christmas and a weekend.
		assertThat(CallForm.proposal(null, LocalDate.of(2026, 11, 24)).getDeadlineOn())
			.isEqualTo(LocalDate.of(2026, 12, 28));
		// A month after 9 December 2026 is a Saturday.
		assertThat(CallForm.proposal(null, LocalDate.of(2026, 12, 9)).getDeadlineOn())
			.isEqualTo(LocalDate.of(2027, 1, 11));
	}

}
