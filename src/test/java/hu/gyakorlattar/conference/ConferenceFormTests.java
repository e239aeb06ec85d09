package hu.gyakorlattar.conference;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the office finds in the form of a new conference. */
class ConferenceFormTests {

	@Test
	void aNewConferenceIsProposedThreeWeeksAhead() {
		ConferenceForm proposal = ConferenceForm.proposal(2027, LocalDate.of(2027, 1, 12));

		assertThat(proposal.date()).isEqualTo(LocalDate.of(2027, 2, 2));
		assertThat(proposal.registrationCloses()).isEqualTo(LocalDateTime.of(2027, 2, 1, 12, 0));
	}

	@Test
	void aProposalThatWouldFallOnAHolidayOrAWeekendMovesToTheNextWorkingDay() {
		// Three weeks after 3 December 2026 is Christmas Eve, then Christmas and a
		// weekend.
		assertThat(ConferenceForm.proposal(2026, LocalDate.of(2026, 12, 3)).date())
			.isEqualTo(LocalDate.of(2026, 12, 28));
		// Three weeks after 26 April 2032 is Whit Monday.
		assertThat(ConferenceForm.proposal(2032, LocalDate.of(2032, 4, 26)).date())
			.isEqualTo(LocalDate.of(2032, 5, 18));
		assertThat(ConferenceForm.proposal(2026, LocalDate.of(2026, 12, 6)).date())
			.isEqualTo(LocalDate.of(2026, 12, 28));
	}

	@Test
	void registrationClosesAtNoonOfTheWorkingDayBefore() {
		// Monday 4 January 2027 comes after a weekend, New Year's Day and New Year's Eve
		assertThat(ConferenceForm.proposal(2027, LocalDate.of(2026, 12, 14)).registrationCloses())
			.isEqualTo(LocalDateTime.of(2026, 12, 30, 12, 0));
		// Monday 1 February 2027: the Friday before
		assertThat(ConferenceForm.proposal(2027, LocalDate.of(2027, 1, 11)).registrationCloses())
			.isEqualTo(LocalDateTime.of(2027, 1, 29, 12, 0));
	}

}
