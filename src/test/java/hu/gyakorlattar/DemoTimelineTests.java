package hu.gyakorlattar;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.call.CallManagement;
import hu.gyakorlattar.call.CallView;
import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.programme.DemoYearsForTests;
import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's calls and conferences belong to the programme year in which they open or
 * take place (a conference may run into the next calendar year): the open call and the
 * conference ahead are the current year's, the invitation's call and conference are
 * 2021's, so the current year's page, its letters and its mails name the right year.
 * Written on the first start, the demo's rows are the first of their kind.
 */
@ApplicationTest
class DemoTimelineTests {

	@Autowired
	ProgrammeManagement programme;

	@Autowired
	CallManagement calls;

	@Autowired
	ConferenceManagement conferences;

	@Test
	void eachDemoCallAndConferenceBelongsToTheYearItHappensIn() {
		List<CallView> demoCalls = LongStream.of(1, 2).mapToObj((id) -> this.calls.find(id).orElseThrow()).toList();
		assertThat(demoCalls).allSatisfy(
				(call) -> assertThat(yearOf(call.opensAt())).as(call.themeNameHu()).isEqualTo(call.cycleYear()));

		List<ConferenceView> demoConferences = this.conferences.published()
			.stream()
			.sorted(Comparator.comparingLong(ConferenceView::id))
			.limit(2)
			.toList();
		assertThat(demoConferences)
			.allSatisfy((conference) -> assertThat(yearOf(conference.startsAt())).as(conference.title())
				.isBetween(conference.cycleYear(), conference.cycleYear() + 1));
		assertThat(demoConferences).extracting(ConferenceView::cycleYear)
			.containsExactly(2021, DemoYearsForTests.current(this.programme));
	}

	private static int yearOf(Instant instant) {
		return instant.atZone(HungarianFormats.BUDAPEST).getYear();
	}

}
