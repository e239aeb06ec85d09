package hu.gyakorlattar.practice;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.programme.ProgrammeManagement;

import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/** The form the office starts a new practice with. */
class NewPracticeFormTests {

	@Test
	void beforeTheOfficeHasSetUpAnyProgrammeYearANewPracticeIsOfThisYearInBudapest() {
		ProgrammeManagement programme = mock(ProgrammeManagement.class);
		given(programme.currentCycle()).willReturn(Optional.empty());
		// Half past eleven on New Year's Eve in UTC is already New Year's Day in
		// Budapest.
		Clock newYearsEve = Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneOffset.UTC);
		PracticeAdministration administration = new PracticeAdministration(null, mock(EditingPractices.class), null,
				programme, null, newYearsEve);
		Model model = new ExtendedModelMap();

		administration.newPractice(model);

		assertThat(((PracticeForm) model.getAttribute("practiceForm")).cycleYear()).isEqualTo(2027);
	}

}
