package hu.gyakorlattar.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * Days on which Hungarian municipal offices work, for choosing a date that people can
 * attend: not a weekend, not a public holiday (Act I of 2012 on the Labour Code, § 102),
 * and not Christmas or New Year's Eve, when offices close in practice. Working Saturdays
 * declared by decree to bridge a holiday are not counted as working days.
 */
public final class HungarianWorkingDays {

	private static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(3, 15), MonthDay.of(5, 1),
			MonthDay.of(8, 20), MonthDay.of(10, 23), MonthDay.of(11, 1), MonthDay.of(12, 24), MonthDay.of(12, 25),
			MonthDay.of(12, 26), MonthDay.of(12, 31));

	private HungarianWorkingDays() {
	}

	public static boolean isWorkingDay(LocalDate day) {
		if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			return false;
		}
		if (FIXED_HOLIDAYS.contains(MonthDay.from(day))) {
			return false;
		}
		LocalDate easter = easterSunday(day.getYear());
		return !day.equals(easter.minusDays(2)) && !day.equals(easter.plusDays(1)) && !day.equals(easter.plusDays(50));
	}

	/** The day itself if people can attend then, otherwise the next such day. */
	public static LocalDate onOrAfter(LocalDate day) {
		LocalDate candidate = day;
		while (!isWorkingDay(candidate)) {
			candidate = candidate.plusDays(1);
		}
		return candidate;
	}

	/**
	 * The last day before this one on which offices work: where a deadline set "the day
	 * before" falls when that day is a weekend or a holiday.
	 */
	public static LocalDate lastBefore(LocalDate day) {
		LocalDate candidate = day.minusDays(1);
		while (!isWorkingDay(candidate)) {
			candidate = candidate.minusDays(1);
		}
		return candidate;
	}

	/** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm). */
	static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
		return LocalDate.of(year, month, dayOfMonth);
	}

}
