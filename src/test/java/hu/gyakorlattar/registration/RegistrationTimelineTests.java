package hu.gyakorlattar.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.registration.RegistrationStatistics.Timeline;

import static org.assertj.core.api.Assertions.assertThat;

/** The day-by-day chart's geometry: round gridlines, readable labels, a marked day. */
class RegistrationTimelineTests {

	static final LocalDate JUNE_7 = LocalDate.of(2021, 6, 7);

	@Test
	void gridlinesFallOnRoundNumbersAboveTheLargestTotal() {
		assertThat(List.of(0L, 1L, 4L, 5L, 9L, 10L, 21L, 99L, 101L, 4_999L)).map(Timeline::step)
			.containsExactly(1L, 1L, 1L, 2L, 2L, 5L, 5L, 20L, 50L, 1_000L);
		Timeline chart = Timeline.of(days(3, 7, 7), JUNE_7);
		assertThat(chart.gridlines()).extracting(Timeline.Gridline::value).containsExactly(0L, 5L, 10L, 15L, 20L, 25L);
		assertThat(chart.gridlines().get(0).y()).isEqualTo(Timeline.BASELINE);
		assertThat(chart.gridlines().get(5).y()).isEqualTo(Timeline.TOP);
		assertThat(chart.total()).isEqualTo(21);
	}

	@Test
	void everyDayHasABarAsHighAsItsRunningTotalAndAFewCarryALabel() {
		Timeline chart = Timeline.of(days(30, 1, 1), JUNE_7.plusDays(2));
		assertThat(chart.days()).hasSize(30);
		assertThat(chart.days().get(29).total()).isEqualTo(30);
		assertThat(chart.days().get(29).y()).isEqualTo(Timeline.TOP);
		assertThat(chart.days().get(0).height()).isLessThan(chart.days().get(1).height());
		assertThat(chart.days().stream().filter(Timeline.Day::labelled)).hasSizeLessThanOrEqualTo(Timeline.LABELS);
		assertThat(chart.invitation().date()).isEqualTo(JUNE_7.plusDays(2));
		assertThat(chart.days().stream().filter(Timeline.Day::invitation)).hasSize(1);
		Timeline.Day last = chart.days().get(29);
		assertThat(last.x() + last.width()).isLessThanOrEqualTo(Timeline.WIDTH - Timeline.RIGHT);
	}

	@Test
	void aLoneDayIsABarNotAWallAndNoRegistrationsIsAFlatLine() {
		Timeline one = Timeline.of(days(1, 0, 0), null);
		assertThat(one.days().get(0).width()).isEqualTo(Timeline.WIDEST_BAR);
		assertThat(one.invitation()).isNull();
		assertThat(one.days().get(0).height()).isZero();
		assertThat(one.gridlines()).extracting(Timeline.Gridline::value).containsExactly(0L, 1L);
	}

	/**
	 * The days from 7 June with the given registrations on the first and each later day.
	 */
	private static List<Timeline.DayCount> days(int count, long first, long each) {
		List<Timeline.DayCount> days = new ArrayList<>();
		long total = 0;
		for (int i = 0; i < count; i++) {
			long added = (i == 0) ? first : each;
			total += added;
			days.add(new Timeline.DayCount(JUNE_7.plusDays(i), added, total));
		}
		return days;
	}

}
